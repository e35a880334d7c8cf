/**
 * Finds which of many fixed strings occur in a line in one pass (Aho–Corasick: full transition rows
 * for the root and branching states, a child and a fail link for the others). With two hundred rules,
 * running every regex on every line is the slow part of classifying a log; this says which few rules
 * can possibly match, in time linear in the line.
 *
 * Literals are lower-case ASCII (see requiredTexts); the scan folds A–Z to lower case itself and
 * restarts after any character no literal contains, so lines need no lower-casing.
 */

const ASCII = 128;

export interface LiteralIndex {
  /**
   * The character class of each UTF-16 code unit: 0 for characters no literal contains (all but a few
   * ASCII ones), upper case folded onto lower case. Covering every code unit spares the scan a range
   * check per character.
   */
  classOf: Uint8Array;
  /**
   * Four numbers per state (at 4 × its number): how it moves on, then its fail state, then how many
   * literals end at it. A state with at most one child (most of them: the middles of long literals)
   * stores that child's class and number; the others store DENSE and the start of their row in `dense`.
   * A full table row for every state measured 5 MB, which falls out of the CPU's caches while the rest
   * of the checker runs; stored this way, a literal's run of states shares a few cache lines. 16 bits a
   * number while they are enough, which halves the table.
   */
  states: Uint16Array | Int32Array;
  /**
   * dense[row + class] is the next state of a state with a row: the root and branching states. 16 bits
   * a state while they are enough, which halves the table.
   */
  dense: Uint16Array | Int32Array;
  /**
   * The ids of the literals that end at each state (including those reached through fail links), one
   * list after another: a state's list starts at outputAt[state]. Flat, for fewer reads from memory.
   */
  outputAt: Int32Array;
  outputIds: Int32Array;
}

/** In `states`, the first number of a state with a full row in `dense` (no class is this high: classOf is 8 bits). */
export const DENSE = 0xffff;

export function buildLiteralIndex(literals: string[]): LiteralIndex {
  const trie: Map<number, number>[] = [new Map<number, number>()];
  const output: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (code >= ASCII || (code >= 65 && code <= 90)) throw new Error(`literal ${JSON.stringify(literal)} is not lower-case ASCII`);
      let target = trie[state]!.get(code);
      if (target === undefined) {
        target = trie.length;
        trie.push(new Map<number, number>());
        output.push([]);
        trie[state]!.set(code, target);
      }
      state = target;
    }
    output[state]!.push(id);
  });

  // Classes: one per character used by some literal, plus 0 for every other character.
  const classOf = new Uint8Array(65_536);
  let width = 1;
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = width++;
    }
  }
  for (let upper = 65; upper <= 90; upper++) if (classOf[upper] === 0) classOf[upper] = classOf[upper + 32]!;

  // The full transition table, built breadth first as usual, then kept only for the states that need it.
  const next = new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const classTrie = trie.map((edges) => new Map([...edges].map(([code, target]) => [classOf[code]!, target])));
  for (const [cls, target] of classTrie[0]!) next[cls] = target;
  const queue: number[] = [...classTrie[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    output[state]!.push(...output[fail[state]!]!);
    for (let cls = 1; cls < width; cls++) {
      const child = classTrie[state]!.get(cls);
      if (child === undefined) {
        next[state * width + cls] = next[fail[state]! * width + cls]!;
      } else {
        next[state * width + cls] = child;
        fail[child] = next[fail[state]! * width + cls]!;
        queue.push(child);
      }
    }
  }
  const states: number[] = new Array<number>(trie.length * 4).fill(0);
  const rows: number[] = [];
  classTrie.forEach((edges, state) => {
    const at = state * 4;
    // The root is left by almost every character: it keeps its row even when it has one child.
    if (edges.size > 1 || state === 0) {
      states[at] = DENSE;
      states[at + 1] = rows.length;
      for (let cls = 0; cls < width; cls++) rows.push(next[state * width + cls]!);
    } else {
      const [edge] = edges;
      // A leaf has class 0, which the scan never looks up (it restarts at the root on such characters).
      states[at] = edge ? edge[0] : 0;
      states[at + 1] = edge ? edge[1] : 0;
    }
    states[at + 2] = fail[state]!;
    states[at + 3] = output[state]!.length;
  });
  const dense = trie.length <= 65_536 ? Uint16Array.from(rows) : Int32Array.from(rows);
  const packed = states.every((value) => value <= 0xffff) ? Uint16Array.from(states) : Int32Array.from(states);
  const outputAt = new Int32Array(trie.length);
  const outputIds: number[] = [];
  output.forEach((ids, state) => {
    outputAt[state] = outputIds.length;
    outputIds.push(...ids);
  });
  return { classOf, states: packed, dense, outputAt, outputIds: Int32Array.from(outputIds) };
}
