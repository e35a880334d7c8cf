/**
 * What every match of an anchored layout pattern starts with, read from the pattern's source: for
 * `^(?<timestamp>\d{4}/\d{2}/…` it is four digits, `/`, two digits, `/`. Checking those positions costs
 * a few character reads, while a failing RegExp exec costs a call, a match attempt and its bookkeeping;
 * most lines fail most layouts, so format detection checks the fixed start first.
 *
 * Sound by construction: reading stops at the first construct this does not understand (a class, a
 * non-capturing group, an alternation, a quantifier after the item read), so the result can be shorter
 * than the pattern's real fixed start, never longer or different. Patterns with flags are not read.
 */
import { skipGroup, topLevelBranches } from './regex-source.ts';

/** A position that holds any ASCII digit; every other entry is the exact character code required. */
export const DIGIT = -1;

const QUANTIFIERS = new Set(['*', '+', '?', '{']);
// Characters that stand for themselves when escaped with a backslash.
const ESCAPED_LITERALS = new Set([...'[](){}/.-|\\^$*+?:#" ']);
// Characters that stand for themselves unescaped (outside classes).
const PLAIN = /^[A-Za-z0-9 :/#"=,<>_-]$/;

/**
 * The fixed start of `^…` patterns as character codes (DIGIT for `\d`); empty when the pattern is not
 * anchored or starts with something this does not read.
 */
export function fixedStart(source: string, flags = ''): number[] {
  const codes: number[] = [];
  if (!source.startsWith('^') || flags !== '') return codes;
  let i = 1;
  let openGroups = 0;
  while (i < source.length) {
    // Only transparent named groups are ever entered, so a `)` here closes one of them.
    if (source[i] === ')' && openGroups > 0) {
      openGroups--;
      i++;
      continue;
    }
    // A named group is transparent when it is entered unconditionally: no quantifier after it, no `|` in it.
    if (source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const end = skipGroup(source, i);
      const body = source.indexOf('>', i) + 1;
      if (topLevelBranches(source.slice(body, end - 1)).length > 1 || QUANTIFIERS.has(source[end] ?? '')) break;
      i = body;
      openGroups++;
      continue;
    }
    let code: number;
    let width: number;
    if (source.startsWith('\\d', i)) {
      code = DIGIT;
      width = 2;
    } else if (source[i] === '\\' && ESCAPED_LITERALS.has(source[i + 1] ?? '')) {
      code = source.charCodeAt(i + 1);
      width = 2;
    } else if (PLAIN.test(source[i] ?? '')) {
      code = source.charCodeAt(i);
      width = 1;
    } else {
      break;
    }
    i += width;
    // `{n}` repeats the item exactly n times; any other quantifier makes it optional or variable.
    const exact = /^\{(\d+)\}/.exec(source.slice(i, i + 6));
    if (exact) {
      for (let n = Number(exact[1]); n > 0; n--) codes.push(code);
      i += exact[0].length;
      if (QUANTIFIERS.has(source[i] ?? '')) break; // `{n}?` (lazy, still n): stop anyway, it is rare
      continue;
    }
    if (QUANTIFIERS.has(source[i] ?? '')) break;
    codes.push(code);
  }
  return codes;
}

/** Whether `text` starts with what `codes` (from fixedStart) requires. */
export function startsLike(text: string, codes: readonly number[]): boolean {
  for (let i = 0; i < codes.length; i++) {
    const want = codes[i]!;
    const code = text.charCodeAt(i); // NaN past the end: fails both tests
    if (want === DIGIT ? !(code >= 48 && code <= 57) : code !== want) return false;
  }
  return true;
}
