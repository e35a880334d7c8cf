/**
 * Finds which of many fixed strings occur in a line in one pass (Aho–Corasick). With a hundred rules,
 * running every regex on every line is the slow part of classifying a log; this tells which few rules
 * can possibly match, in time linear in the line.
 */

export interface LiteralIndex {
  /** next[state] maps a character code to the following state. */
  next: Map<number, number>[];
  fail: number[];
  /** Literal ids that end at each state (including those reached through fail links). */
  output: number[][];
}

export function buildLiteralIndex(literals: string[]): LiteralIndex {
  const next: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let target = next[state]!.get(code);
      if (target === undefined) {
        target = next.length;
        next.push(new Map());
        output.push([]);
        next[state]!.set(code, target);
      }
      state = target;
    }
    output[state]!.push(id);
  });

  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, target] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const candidate = next[f]!.get(code);
      fail[target] = candidate !== undefined && candidate !== target ? candidate : 0;
      output[target]!.push(...output[fail[target]!]!);
      queue.push(target);
    }
  }
  return { next, fail, output };
}

/** Calls `found` with the id of every literal that occurs in `text` (possibly more than once). */
export function findLiterals(index: LiteralIndex, text: string, found: (id: number) => void): void {
  const { next, fail, output } = index;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let target = next[state]!.get(code);
    while (target === undefined && state !== 0) {
      state = fail[state]!;
      target = next[state]!.get(code);
    }
    state = target ?? 0;
    const ids = output[state]!;
    for (let k = 0; k < ids.length; k++) found(ids[k]!);
  }
}
