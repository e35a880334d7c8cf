/**
 * A fast structural guard against catastrophic backtracking, run on every rule when the rules are
 * compiled (so a bad pattern fails the build). Exponential blow-up in a backtracking engine needs a
 * repeated group whose body can itself repeat or choose between alternatives — `(a+)+`, `(?:\S+ )*`,
 * `(a|ab)*`. Rejecting those shapes (the classic "star height 1" condition) excludes it; the
 * remaining worst case, quadratic search from every start position, is bounded by RULE_WINDOW.
 */

export function backtrackingRisk(source: string): string | null {
  // For each open group: does its body repeat without bound, or hold an alternation?
  const stack: { unbounded: boolean; alternation: boolean }[] = [{ unbounded: false, alternation: false }];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (ch === '(') {
      stack.push({ unbounded: false, alternation: false });
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1]!.alternation = true;
      continue;
    }
    if (ch === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const repeat = repetitionAt(source, i + 1);
      if (repeat.repeats && (group.unbounded || (repeat.unbounded && group.alternation))) {
        return `the group ending at character ${i + 1} repeats and its body can also ${group.unbounded ? 'repeat' : 'choose between alternatives'}; nested repetition can backtrack exponentially`;
      }
      // What the group contains also counts for the groups around it.
      const parent = stack[stack.length - 1]!;
      parent.unbounded ||= group.unbounded || repeat.unbounded;
      continue;
    }
    if (ch === '*' || ch === '+') stack[stack.length - 1]!.unbounded = true;
    if (ch === '{' && /^\{\d+,\}/.test(source.slice(i, i + 12))) stack[stack.length - 1]!.unbounded = true;
  }
  return null;
}

/** The quantifier after a group: does it allow more than one repetition, and without bound? */
function repetitionAt(source: string, i: number): { repeats: boolean; unbounded: boolean } {
  const ch = source[i];
  if (ch === '*' || ch === '+') return { repeats: true, unbounded: true };
  if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 20));
    if (m) {
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      return { repeats: max > 1, unbounded: max === Infinity };
    }
  }
  return { repeats: false, unbounded: false };
}
