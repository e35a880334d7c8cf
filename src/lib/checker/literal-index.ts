/**
 * Finds which of many fixed strings occur in a line in one pass (Aho–Corasick, compiled to a full
 * transition table). With two hundred rules, running every regex on every line is the slow part of
 * classifying a log; this says which few rules can possibly match, in time linear in the line.
 *
 * Literals are lower-case ASCII (see requiredTexts); the scan folds A–Z to lower case itself and
 * restarts after any character no literal contains, so lines need no lower-casing.
 */

const ASCII = 128;

export interface LiteralIndex {
  /**
   * The character class of each UTF-16 code unit: 0 for characters no literal contains (all but a few
   * ASCII ones), upper case folded onto lower case. Classes keep the table small (cache-friendly);
   * covering every code unit spares the scan a range check per character.
   */
  classOf: Uint8Array;
  /**
   * next[row + class] is the row of the following state, where a state's row is its number times the
   * number of classes (saving a multiplication per character); the start state's row is 0. A state at
   * which literals end is stored as `~row` (negative), so the scan needs one read per character.
   */
  next: Int32Array;
  /** Number of classes: the length of a row. */
  width: number;
  /** Literal ids that end at each state (including those reached through fail links), by state number. */
  output: number[][];
}

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
  const rows = next.map((state) => (output[state]!.length > 0 ? ~(state * width) : state * width));
  return { classOf, next: rows, width, output };
}
