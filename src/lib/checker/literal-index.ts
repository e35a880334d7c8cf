/**
 * Finds which of many fixed strings occur in a line in one pass (Aho–Corasick, compiled to a full
 * transition table). With two hundred rules, running every regex on every line is the slow part of
 * classifying a log; this says which few rules can possibly match, in time linear in the line.
 *
 * Literals are lower-case ASCII (see requiredLiteral); the scan folds A–Z to lower case itself and
 * restarts after any other character, which no literal contains, so lines need no lower-casing.
 */

const ALPHABET = 128;

export interface LiteralIndex {
  /** next[state * 128 + code] (state << 7 | code) is the following state. */
  next: Int32Array;
  /** Literal ids that end at each state (including those reached through fail links). */
  output: number[][];
  /** 1 where `output` is not empty, so the scan skips the common case with one typed-array read. */
  hasOutput: Uint8Array;
}

export function buildLiteralIndex(literals: string[]): LiteralIndex {
  const trie: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (code >= ALPHABET) throw new Error(`literal ${JSON.stringify(literal)} is not ASCII`);
      let target = trie[state]!.get(code);
      if (target === undefined) {
        target = trie.length;
        trie.push(new Map());
        output.push([]);
        trie[state]!.set(code, target);
      }
      state = target;
    }
    output[state]!.push(id);
  });

  const next = new Int32Array(trie.length * ALPHABET);
  const fail = new Int32Array(trie.length);
  for (const [code, target] of trie[0]!) next[code] = target;
  const queue: number[] = [...trie[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    output[state]!.push(...output[fail[state]!]!);
    for (let code = 0; code < ALPHABET; code++) {
      const child = trie[state]!.get(code);
      if (child === undefined) {
        next[state * ALPHABET + code] = next[fail[state]! * ALPHABET + code]!;
      } else {
        next[state * ALPHABET + code] = child;
        fail[child] = next[fail[state]! * ALPHABET + code]!;
        queue.push(child);
      }
    }
  }
  return { next, output, hasOutput: Uint8Array.from(output, (ids) => (ids.length > 0 ? 1 : 0)) };
}

/** Calls `found` with the id of every literal that occurs in `text` (possibly more than once). */
export function findLiterals(index: LiteralIndex, text: string, found: (id: number) => void): void {
  const { next, output, hasOutput } = index;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= ALPHABET) {
      state = 0;
      continue;
    }
    if (code >= 65 && code <= 90) code += 32;
    state = next[(state << 7) | code]!;
    if (hasOutput[state] === 1) {
      const ids = output[state]!;
      for (let k = 0; k < ids.length; k++) found(ids[k]!);
    }
  }
}
