/**
 * Build time only (Node): every regex the engine itself runs on pasted text, by the file that defines
 * it. Each runs on V8's backtracking RegExp, so each must be proven linear
 * (tests/unit/checker-safety.test.ts); `npm run verdicts` analyses them with the article patterns.
 */
import { CONTEXT } from '../checker/context-fields.ts';
import { NUMBERED, SYMBOLIC } from '../checker/errno.ts';
import { ACCESS, ENVELOPES, GENERIC_TIMESTAMP, LAYOUTS, LOGFMT, NUMERIC_ZONE } from '../checker/formats.ts';
import { ANSI, LINE_BREAK } from '../checker/normalise.ts';
import { CHAIN, EXCEPTION_LINE, PYTHON_TRACEBACK } from '../checker/records.ts';
import { LEVEL_MARKER, NUMBER_LIKE, VOLATILE, WORD_SEPARATOR } from '../checker/search-terms.ts';

/** The format layouts, whose fixed starts format detection checks before running them. */
export const LAYOUT_PATTERNS: RegExp[] = [...ENVELOPES, ...LAYOUTS, ACCESS, GENERIC_TIMESTAMP, LOGFMT].map((layout) => layout.pattern);

export const ENGINE_REGEXES: Record<string, RegExp[]> = {
  // Layouts run compiled without their group names (positional), which is what is checked.
  'formats.ts': [...ENVELOPES, ...LAYOUTS, ACCESS, GENERIC_TIMESTAMP, LOGFMT].map((layout) => layout.search).concat(NUMERIC_ZONE),
  'context-fields.ts': CONTEXT.map((field) => field.pattern),
  'errno.ts': [...NUMBERED, SYMBOLIC],
  'normalise.ts': [ANSI, LINE_BREAK],
  'records.ts': [PYTHON_TRACEBACK, CHAIN, EXCEPTION_LINE],
  'search-terms.ts': [...VOLATILE, LEVEL_MARKER, WORD_SEPARATOR, NUMBER_LIKE],
};
