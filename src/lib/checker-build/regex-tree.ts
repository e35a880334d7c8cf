/**
 * Everything the checker asks of a regex before running it, read from one parse tree: the texts every
 * match contains (the literal prefilter), the texts every match starts with (V8 attempts instead of
 * re2js), the fixed start of an anchored layout (format detection), and whether its backtracking is
 * bounded by its shape. The tree comes from regexpp, the parser ESLint uses, so escapes, classes and
 * groups are read the way the engine reads them; each answer is sound by construction (it stops at what
 * it does not understand), so it can only make a shortcut weaker, never wrong.
 *
 * Build time only (Node): the browser gets the results (the rules file, fixed-starts.json).
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { DIGIT } from '../checker/fixed-start.ts';
import { LINE_START } from '../checker/rules.ts';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The trees of the regexes asked about last. The questions about one pattern come one after another
 * (compile-rules.ts asks several), so a few trees are enough; keeping every tree held tens of objects
 * per pattern, every article's, for the rest of the build (the site's pages render after the rules).
 */
const TREES_KEPT = 64;
const trees = new Map<string, AST.Pattern>();

/** The parse tree of a regex; a regex asked about again soon after is not parsed again. Throws on invalid syntax. */
export function parseRegex(source: string, flags = ''): AST.Pattern {
  const key = `/${source}/${flags}`;
  let tree = trees.get(key);
  if (!tree) {
    tree = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    // A Map iterates in insertion order: the first key is the tree parsed longest ago.
    if (trees.size >= TREES_KEPT) trees.delete(trees.keys().next().value!);
    trees.set(key, tree);
  }
  return tree;
}

type Branching = AST.Pattern | AST.Group | AST.CapturingGroup;

/** A group that only groups: no flag modifiers (`(?i:…)`). */
const isPlainGroup = (node: AST.Node): node is AST.Group | AST.CapturingGroup =>
  node.type === 'CapturingGroup' || (node.type === 'Group' && node.modifiers === null);

/** Matches exactly one character: a literal, a class or an escape such as `\d`. */
const isOneCharacter = (node: AST.Node) =>
  node.type === 'Character' ||
  (node.type === 'CharacterSet' && !('strings' in node && node.strings)) ||
  (node.type === 'CharacterClass' && !node.unicodeSets);

/** The alternatives of a whole pattern, looking through groups that wrap all of it (`(?:a|b)`). */
function branchesOf(node: Branching): AST.Alternative[] {
  const only = node.alternatives.length === 1 ? node.alternatives[0]!.elements : [];
  return only.length === 1 && isPlainGroup(only[0]!) ? branchesOf(only[0]) : node.alternatives;
}

/** The elements of a sequence with groups of one alternative and no quantifier opened in place. */
function flatten(elements: AST.Element[]): AST.Element[] {
  return elements.flatMap((element) =>
    isPlainGroup(element) && element.alternatives.length === 1 ? flatten(element.alternatives[0]!.elements) : [element],
  );
}

/** The text a Character stands for, when it is a character the literal index can hold. */
function printable(element: AST.Node): string | null {
  if (element.type !== 'Character' || element.value < 0x20 || element.value > 0x7e) return null;
  return String.fromCharCode(element.value);
}

const MIN_LITERAL = 3;
/**
 * Texts kept per alternative, and their length: enough to tell rules apart (`" 504 ` and ` http/` for
 * an access-log rule), while the literal index stays small enough for the processor's cache.
 */
const MAX_TEXTS = 3;
const MAX_TEXT_LENGTH = 24;

/** Runs of printable text every match of one alternative contains, lower-cased, longest first. */
function textsOf(alternative: AST.Alternative): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= MIN_LITERAL) runs.push(run.toLowerCase());
    run = '';
  };
  for (const element of flatten(alternative.elements)) {
    const literal = printable(element);
    if (literal !== null) {
      run += literal;
      continue;
    }
    const repeated = element.type === 'Quantifier' ? printable(element.element) : null;
    if (element.type === 'Quantifier' && repeated !== null && element.min > 0) {
      // `a{3}` is `aaa`; with a larger maximum the run still holds the first `min`, then ends.
      run += repeated.repeat(element.min);
      if (element.max === element.min) continue;
    }
    flush();
  }
  flush();
  return [...new Set(runs.sort((a, b) => b.length - a.length).map((text) => text.slice(0, MAX_TEXT_LENGTH)))].slice(0, MAX_TEXTS);
}

/**
 * The runs of plain text that every match of `source` must contain, lower-cased, longest first (at most
 * MAX_TEXTS, each cut to MAX_TEXT_LENGTH); none when there is no run worth using or `source` has a
 * top-level alternative.
 */
export function requiredTexts(source: string, flags = ''): string[] {
  const branches = branchesOf(parseRegex(source, flags));
  return branches.length === 1 ? textsOf(branches[0]!) : [];
}

/** How selective a set of alternatives is: the total text length of its weakest alternative. */
const strength = (alternatives: string[][]) => Math.min(...alternatives.map((texts) => texts.join('').length));

/**
 * Per alternative, the texts a line must contain for it to match: a line can only match if it holds
 * all the texts of one of them. Null when some alternative requires no text. A required group of
 * alternatives splits its alternative into one per choice: `Error: (?:ImagePullBackOff|ErrImagePull)`
 * needs `error: ` and one of the two names.
 */
function literalsOf(branches: AST.Alternative[]): string[][] | null {
  const alternatives: string[][] = [];
  for (const branch of branches) {
    const texts = textsOf(branch);
    const fromGroup = requiredGroupLiterals(branch);
    if (fromGroup) alternatives.push(...fromGroup.map((choice) => [...new Set([...texts, ...choice])]));
    else if (texts.length > 0) alternatives.push(texts);
    else return null;
  }
  const seen = new Set<string>();
  return alternatives.filter((texts) => !seen.has(texts.join('\n')) && seen.add(texts.join('\n')));
}

/** The literal sets of the groups of alternatives a branch must match (not optional), the most selective one. */
function requiredGroupLiterals(branch: AST.Alternative): string[][] | null {
  let best: string[][] | null = null;
  for (const element of flatten(branch.elements)) {
    const group = element.type === 'Quantifier' && element.min > 0 ? element.element : element;
    if (!isPlainGroup(group)) continue;
    const set = literalsOf(group.alternatives);
    if (set && (!best || strength(set) > strength(best))) best = set;
  }
  return best;
}

/** See literalsOf; the rule's `literals` in the compiled rules. */
export function requiredLiterals(source: string, flags = ''): string[][] | null {
  return literalsOf(branchesOf(parseRegex(source, flags)));
}

/**
 * Texts every match of `source` starts with (one per alternative), or null when some alternative can
 * start with something else: a class, a wildcard, an optional character, `$`, `\b` or lookaround. An
 * alternative that opens with `^` gives LINE_START: its matches start at the line's start. Exact,
 * case-sensitive texts (for indexOf), so only meaningful without flags.
 */
export function leadingTexts(source: string, flags = ''): string[] | null {
  return leadingOf(branchesOf(parseRegex(source, flags)));
}

function leadingOf(branches: AST.Alternative[]): string[] | null {
  const texts = new Set<string>();
  for (const branch of branches) {
    const elements = flatten(branch.elements);
    const first = elements[0];
    // A branch that opens with `^` matches only at the line's start (no `m` flag: starts are read
    // without flags); LINE_START stands for that place. One that opens with a group of alternatives
    // starts with one of theirs.
    if (first?.type === 'Assertion' && first.kind === 'start') {
      texts.add(LINE_START);
      continue;
    }
    if (first && isPlainGroup(first)) {
      const inner = leadingOf(first.alternatives);
      if (!inner) return null;
      for (const text of inner) texts.add(text);
      continue;
    }
    const run = leadingRun(elements);
    if (run === '') return null;
    texts.add(run);
  }
  return [...texts];
}

/** The exact text a sequence starts with, up to the first element that is not one required character. */
function leadingRun(elements: AST.Element[]): string {
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (element.type === 'Quantifier' && element.element.type === 'Character' && element.min > 0) {
      run += String.fromCodePoint(element.element.value).repeat(element.min);
      if (element.min === element.max) continue;
    }
    break;
  }
  return run;
}

/** One fixed position's code, for a literal character or `\d`; null for anything else. */
function fixedCode(element: AST.Node): number | null {
  if (element.type === 'Character') return element.value <= 0xffff ? element.value : null;
  if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) return DIGIT;
  return null;
}

/**
 * The fixed start of an anchored (`^…`) pattern without flags, as character codes (DIGIT for `\d`):
 * for `^(?<timestamp>\d{4}/\d{2}/…` it is four digits, `/`, two digits, `/`. Empty when the pattern
 * is not anchored. Groups of one alternative are read through; reading stops at the first element that
 * is not one fixed character (an exact count `{n}` of one is n of them).
 */
export function fixedStartCodes(source: string, flags = ''): number[] {
  const codes: number[] = [];
  const tree = parseRegex(source, flags);
  if (flags !== '' || tree.alternatives.length !== 1) return codes;
  const [anchor, ...rest] = flatten(tree.alternatives[0]!.elements);
  if (anchor?.type !== 'Assertion' || anchor.kind !== 'start') return codes;
  for (const element of rest) {
    const code = fixedCode(element);
    if (code !== null) {
      codes.push(code);
      continue;
    }
    const repeated = element.type === 'Quantifier' && element.min === element.max ? fixedCode(element.element) : null;
    if (repeated === null || element.type !== 'Quantifier') break;
    for (let n = element.min; n > 0; n--) codes.push(repeated);
  }
  return codes;
}

/**
 * The most backtracking paths from one start position that a shape proof accepts. A search tries at
 * most this many paths at each position of the line, each no longer than the pattern's longest match,
 * so its time is linear in the line with a constant small enough to ignore.
 */
export const SHAPE_PATH_LIMIT = 256;
/** The same for a pattern anchored at the start of the line, which is tried at one position only. */
const ANCHORED_PATH_LIMIT = 16_384;

/** A set of UTF-16 code units, one bit each. */
type CharSet = Uint32Array;
const newCharSet = (): CharSet => new Uint32Array(0x10000 / 32);

/** Which code units a one-character element matches, under the pattern's flags (cached). */
const charSets = new Map<string, CharSet>();
let everyCodeUnit: string | undefined;
function charSet(node: AST.Node, flags: string): CharSet {
  const key = `/${node.raw}/${flags}`;
  let set = charSets.get(key);
  if (!set) {
    everyCodeUnit ??= Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
    set = newCharSet();
    for (const { index } of everyCodeUnit.matchAll(new RegExp(node.raw, `${flags.replace(/[dgy]/g, '')}g`)))
      set[index >>> 5]! |= 1 << (index & 31);
    charSets.set(key, set);
  }
  return set;
}

/**
 * The characters that can sit next to a position in a sequence: the first one matched after it
 * (`step` 1) or the last one before it (`step` -1), looking through optional parts and zero-width
 * assertions. `open` is true when the sequence can match nothing on that side (the neighbour lies
 * outside it); null when some element there is not understood.
 */
function neighbours(elements: AST.Element[], at: number, step: 1 | -1, flags: string): { set: CharSet; open: boolean } | null {
  const set = newCharSet();
  const add = (other: CharSet) => other.forEach((bits, i) => (set[i]! |= bits));
  for (let i = at + step; i >= 0 && i < elements.length; i += step) {
    const element = elements[i]!;
    if (element.type === 'Assertion') {
      // `^` before or `$` after: the text ends there (no `m` flag), so no character is next to it.
      if ((element.kind === 'start' && step === -1) || (element.kind === 'end' && step === 1)) return { set, open: false };
      continue;
    }
    const repeated = element.type === 'Quantifier' ? element.element : element;
    const optional = element.type === 'Quantifier' && element.min === 0;
    if (isOneCharacter(repeated)) add(charSet(repeated, flags));
    else if (isPlainGroup(repeated)) {
      let empty = false;
      for (const alternative of repeated.alternatives) {
        const inner = flatten(alternative.elements);
        const side = neighbours(inner, step === 1 ? -1 : inner.length, step, flags);
        if (!side) return null;
        add(side.set);
        empty ||= side.open;
      }
      if (empty && !optional) continue;
    } else return null;
    if (!optional) return { set, open: false };
  }
  return { set, open: true };
}

const disjoint = (a: CharSet, b: CharSet) => a.every((bits, i) => (bits & b[i]!) === 0);

/**
 * Whether a repetition of one character, at `i` of a sequence, is entered at only a bounded number of
 * places in each run of its characters: within a fixed distance before it (`step` -1; after it for a
 * lookbehind, which V8 reads backwards) the pattern requires a character that is not its own, or the
 * text's start. Two entries into one run are then closer than that distance; each costs at most the
 * run's length (the pattern reads the run, then gives characters back one at a time), and runs do not
 * overlap, so the repetition costs time linear in the line however often it is backtracked into.
 */
function enteredAtRunStarts(elements: AST.Element[], i: number, step: 1 | -1, flags: string): boolean {
  if (/[muv]/.test(flags)) return false;
  const repeated = charSet((elements[i] as AST.Quantifier).element, flags);
  let side = neighbours(elements, i, step, flags);
  // Past required single characters that the repetition could also match (the `:` of `unix:\S+`),
  // and zero-width checks.
  const passable = (node: AST.Element | undefined) =>
    !!node && (isOneCharacter(node) || (node.type === 'Assertion' && node.kind !== 'start' && node.kind !== 'end'));
  for (let j = i + step; side && !side.open && !disjoint(side.set, repeated) && passable(elements[j]); j += step) {
    side = neighbours(elements, j, step, flags);
  }
  if (side && !side.open && disjoint(side.set, repeated)) return true;
  // `\b` right before a run of word characters (lookarounds between them aside): the character
  // before the run is not one.
  let k = i + step;
  while (elements[k]?.type === 'Assertion' && (elements[k] as AST.Assertion).kind.startsWith('look')) k += step;
  const edge = elements[k];
  return edge?.type === 'Assertion' && edge.kind === 'word' && !edge.negate && subset(repeated, charSet(WORD, flags));
}

/**
 * Whether a repetition of one character, at `i`, can stop only where its run ends: whatever must come
 * next (`step` 1; before it, for a lookbehind) is never its own character, or the text ends there.
 * Giving characters back then fails at once, so it is tried with one length only, and in a pattern
 * tried from one position (anchored) each such repetition is entered at most once per way of trying.
 */
function endsWithRun(elements: AST.Element[], i: number, step: 1 | -1, endsPattern: boolean, flags: string): boolean {
  if (/[muv]/.test(flags)) return false;
  const side = neighbours(elements, i, step, flags);
  // Or all that follows may be empty up to the end of the pattern: the longest match never fails there.
  return !!side && (side.open ? endsPattern : disjoint(side.set, charSet((elements[i] as AST.Quantifier).element, flags)));
}

const WORD = parser.parsePattern('\\w').alternatives[0]!.elements[0]!;
const subset = (a: CharSet, b: CharSet) => a.every((bits, i) => (bits & ~b[i]!) === 0);

/**
 * What the pattern requires around a sequence: the elements right before and after it (none: not
 * known, as inside a repeated group), whether a lookbehind reads it backwards, and whether
 * repetitions may count as linear by where they are entered (false: only a constant cost counts).
 */
interface Context {
  before: AST.Element[];
  after: AST.Element[];
  backward: boolean;
  /**
   * Which repetitions of one character count as linear: those entered only near a run's start
   * (`start`), those that can only stop where a run ends (`possessive`, for anchored patterns), or
   * none (`constant`: the cost must not depend on the line).
   */
  runs: 'start' | 'possessive' | 'constant';
  /** The sequence's last element ends the pattern, and nothing after it can fail. */
  endsPattern: boolean;
}
const UNKNOWN: Context = { before: [], after: [], backward: false, runs: 'start', endsPattern: false };
/** For a lookaround left out of what recheck analyses. */
const CONSTANT: Context = { ...UNKNOWN, runs: 'constant' };

/**
 * An upper bound on the ways a backtracking engine can try to match a sequence from one position
 * (Infinity: no bound), not counting the characters a repetition gives back where that is linear
 * (enteredAtRunStarts). `final` is true when nothing after the sequence can fail, so a repetition that
 * ends it runs once and never gives characters back.
 */
function sequenceBound(elements: AST.Element[], context: Context, final: boolean, flags: string): number {
  const own = flatten(elements);
  const all = [...context.before, ...own, ...context.after];
  let product = 1;
  own.forEach((element, i) => {
    const at = context.before.length + i;
    const around: Context = { ...context, before: all.slice(0, at), after: all.slice(at + 1) };
    product *= elementBound(element, around, final && i === own.length - 1, flags, all, at);
  });
  return product;
}

/** sequenceBound of one element, `all[at]`. */
function elementBound(node: AST.Element, context: Context, final: boolean, flags: string, all: AST.Element[], at: number): number {
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
      if (!isPlainGroup(node)) return Infinity;
      return node.alternatives.reduce((sum, alternative) => sum + sequenceBound(alternative.elements, context, final, flags), 0);
    case 'Character':
    case 'CharacterSet':
    case 'CharacterClass':
      return isOneCharacter(node) ? 1 : Infinity;
    case 'Assertion': {
      if (node.kind !== 'lookahead' && node.kind !== 'lookbehind') return 1;
      // A lookaround adds no ways of its own; each time it is reached it costs its body's, read
      // forwards from here (lookahead) or backwards (lookbehind).
      const body: Context =
        node.kind === 'lookahead'
          ? { ...context, after: [], backward: false, endsPattern: false }
          : { ...context, before: [], backward: true, endsPattern: false };
      return node.alternatives.every((alternative) => sequenceBound(alternative.elements, body, false, flags) <= SHAPE_PATH_LIMIT)
        ? 1
        : Infinity;
    }
    case 'Quantifier': {
      if (isOneCharacter(node.element) && node.max > node.min) {
        const step = context.backward ? -1 : 1;
        // A bounded count that can only stop where its run ends costs at most its count, from anywhere.
        if (node.max !== Infinity && endsWithRun(all, at, step, context.endsPattern && !context.backward, flags)) return 1;
        if (context.runs !== 'constant' && final && !context.backward) return 1;
        if (context.runs === 'start' && enteredAtRunStarts(all, at, context.backward ? 1 : -1, flags)) return 1;
        if (context.runs === 'possessive' && endsWithRun(all, at, step, context.endsPattern && !context.backward, flags)) return 1;
        return node.max - node.min + 1;
      }
      if (node.max === Infinity) return Infinity;
      // Matched at most once, the element sits where the quantifier does; repeated, what precedes a
      // later round is the element itself, so nothing is known around it.
      const where = node.max <= 1 ? context : { ...UNKNOWN, runs: context.runs };
      const each = isOneCharacter(node.element)
        ? 1
        : elementBound(node.element, where, false, flags, [...where.before, node.element, ...where.after], where.before.length);
      let sum = 0;
      for (let count = node.min; count <= node.max && sum <= SHAPE_PATH_LIMIT; count++) sum += each ** count;
      return sum;
    }
    default:
      return Infinity;
  }
}

/**
 * True when the pattern's shape alone proves its search linear (SHAPE_PATH_LIMIT paths from a
 * position, plus a bounded number of passes over each run of characters): no lookaround or
 * backreference, few enough choices (alternatives, optional parts, counted repetitions, multiplied
 * along the pattern), and no unbounded repetition except of one character, where nothing after it can
 * fail or where it is entered only near the start of a run (`port \d+`). `(?:\w{1,16} ?){1,16}x` fails
 * it (32^16 ways to try), and so does `a\S+b\S+c` (quadratic on a line of `b`s).
 */
export function boundedByShape(source: string, flags = ''): boolean {
  const tree = parseRegex(source, flags);
  const bound = (runs: Context['runs']) =>
    tree.alternatives.reduce(
      (sum, alternative) => sum + sequenceBound(alternative.elements, { ...UNKNOWN, runs, endsPattern: true }, true, flags),
      0,
    );
  if (bound('start') <= SHAPE_PATH_LIMIT) return true;
  // Anchored (tried from the start of the line only), every repetition can instead stop only where its
  // run ends; and the ways are tried once per line, not once per position, so more of them are fine.
  const anchored =
    !/m/.test(flags) &&
    tree.alternatives.every((alternative) => alternative.elements[0]?.type === 'Assertion' && alternative.elements[0].kind === 'start');
  return anchored && Math.min(bound('start'), bound('possessive')) <= ANCHORED_PATH_LIMIT;
}

/**
 * The pattern recheck analyses in place of `source`: every count above one made unbounded (`{1,16}`
 * becomes `{1,}`, a repeated group `+` or `*`; `?` stays), and lookarounds whose own shape is bounded
 * left out.
 * Every way the original can be tried is a way this one can, so a linear verdict on it holds for the
 * original. recheck's automaton checker treats counted repetition as finite and calls
 * `(?:\w{1,16} ?){1,16}x` safe although V8 tries 32^16 ways on a line of words; as `(?:\w{1,} ?)+x` it
 * is exponential, which is what V8 shows.
 */
export function relaxedSource(source: string, flags = ''): string {
  return printed(parseRegex(source, flags).alternatives, relaxedPrinter(flags));
}

/**
 * The pattern without lookarounds and word boundaries: it matches every string the original matches
 * (and more), for string generators that cannot read assertions (the property tests).
 */
export function withoutAssertions(source: string, flags = ''): string {
  return printed(parseRegex(source, flags).alternatives, printWithoutAssertions);
}

type Print = (node: AST.Element) => string;

const printed = (alternatives: AST.Alternative[], print: Print) =>
  alternatives.map((alternative) => alternative.elements.map(print).join('')).join('|');

/**
 * Prints a tree back as regex source, with `rewrite` giving the text of each node it returns a string
 * for (the rest printed as written, their children printed the same way).
 */
function printer(rewrite: (node: AST.Element) => string | undefined): Print {
  const print: Print = (node) => {
    const own = rewrite(node);
    if (own !== undefined) return own;
    switch (node.type) {
      case 'Group':
        return node.modifiers ? node.raw : `(?:${printed(node.alternatives, print)})`;
      case 'CapturingGroup':
        return `(${node.name === null ? '' : `?<${node.name}>`}${printed(node.alternatives, print)})`;
      case 'Quantifier':
        return `${print(node.element)}${node.raw.slice(node.element.raw.length)}`;
      default:
        return node.raw;
    }
  };
  return print;
}

/** relaxedSource's rewrite: counts above one made unbounded, bounded lookarounds left out. */
function relaxedPrinter(flags: string): Print {
  const print: Print = printer((node) => {
    if (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind')) {
      // Evaluating a bounded lookaround costs a constant; leaving it out only adds paths.
      return node.alternatives.every((alternative) => sequenceBound(alternative.elements, CONSTANT, false, flags) <= SHAPE_PATH_LIMIT)
        ? ''
        : node.raw;
    }
    // `?` stays: it is one choice, not a count.
    if (node.type !== 'Quantifier' || node.max <= 1) return undefined;
    const lazy = node.greedy ? '' : '?';
    if (isOneCharacter(node.element))
      return node.min === node.max || node.max === Infinity ? node.raw : `${node.element.raw}{${node.min},}${lazy}`;
    return `${print(node.element)}${node.min === 0 ? '*' : '+'}${lazy}`;
  });
  return print;
}

const printWithoutAssertions: Print = printer((node) =>
  node.type === 'Assertion' && node.kind !== 'start' && node.kind !== 'end' ? '' : undefined,
);
