/**
 * What every match of an anchored layout pattern starts with: for `^(?<timestamp>\d{4}/\d{2}/…` it is
 * four digits, `/`, two digits, `/`. Checking those positions costs a few character reads, while a
 * failing RegExp exec costs a call, a match attempt and its bookkeeping; most lines fail most layouts,
 * so format detection checks the fixed start first.
 *
 * The starts are read from each pattern's parse tree at build time (checker-build/regex-tree.ts) and
 * kept in fixed-starts.json by `npm run verdicts`, so the page needs no regex parser.
 * tests/unit/checker-shortcuts.test.ts fails when a layout's entry is missing or stale.
 */
import starts from './fixed-starts.json' with { type: 'json' };

/** A position that holds any ASCII digit; every other entry is the exact character code required. */
export const DIGIT = -1;

const FIXED_STARTS: Record<string, number[]> = starts;

/**
 * The fixed start of a `^…` pattern as character codes (DIGIT for `\d`); empty when the pattern is not
 * anchored, has flags, or has no entry yet (then the layout is only slower, never wrong).
 */
export function fixedStart(source: string, flags = ''): number[] {
  return FIXED_STARTS[`/${source}/${flags}`] ?? [];
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
