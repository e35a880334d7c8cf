/**
 * Build time only (Node): every regex the engine itself runs on pasted text, by the file that defines
 * it. Each runs on V8's backtracking RegExp, so each must be proven linear
 * (tests/unit/checker-safety.test.ts); `npm run verdicts` analyses them with the article patterns.
 */
import { CONTEXT } from '../checker/context-fields.ts';
import { CONDITION_FORMS, ERRNO_TEXT, NUMBERED, SYMBOLIC } from '../checker/errno.ts';
import { BY_SIGNAL, BY_SIGNAL_NAME, EXIT_CODE, GO_SIGNAL, SYSTEMD_STATUS } from '../checker/exit-status.ts';
import { ENGINE_REGEXES as FORMAT_REGEXES, FORMAT_LAYOUTS, WRAPPER_LAYOUTS } from '../checker/formats/detect.ts';
import { ANSI, LINE_BREAK } from '../checker/normalise.ts';
import {
  CHAIN,
  ELISION,
  EXCEPTION_LINE,
  NODE_TAIL,
  PHP_CONTINUATION,
  POSTGRES_DETAIL,
  PYTHON_TRACEBACK,
  QUALIFIED_EXCEPTION,
  PHP_ERROR_LINE,
  JOURNAL_CATALOG,
  OOM_REPORT_START,
  OOPS_REPORT_START,
  FRAME,
  V8_GC_TRACE,
} from '../checker/records.ts';
import { LEVEL_MARKER, NUMBER_LIKE, VOLATILE, WORD_SEPARATOR } from '../checker/search-terms.ts';
import { TIMESTAMP_READERS } from '../checker/timestamps.ts';

/** The format layouts, whose fixed starts format detection checks before running them. */
export const LAYOUT_PATTERNS: RegExp[] = [...WRAPPER_LAYOUTS, ...FORMAT_LAYOUTS].map((layout) => layout.pattern);

export const ENGINE_REGEXES: Record<string, RegExp[]> = {
  // Layouts run compiled without their group names (positional), which is what is checked.
  'formats/': FORMAT_REGEXES,
  'context-fields.ts': CONTEXT.map((field) => field.pattern),
  'errno.ts': [...NUMBERED, SYMBOLIC, ERRNO_TEXT, ...CONDITION_FORMS.map((form) => form.pattern)],
  'exit-status.ts': [SYSTEMD_STATUS, BY_SIGNAL, BY_SIGNAL_NAME, GO_SIGNAL, EXIT_CODE],
  'normalise.ts': [ANSI, LINE_BREAK],
  'records.ts': [
    PYTHON_TRACEBACK,
    CHAIN,
    ELISION,
    EXCEPTION_LINE,
    QUALIFIED_EXCEPTION,
    NODE_TAIL,
    PHP_CONTINUATION,
    POSTGRES_DETAIL,
    PHP_ERROR_LINE,
    JOURNAL_CATALOG,
    OOM_REPORT_START,
    OOPS_REPORT_START,
    FRAME,
    V8_GC_TRACE,
  ],
  'search-terms.ts': [...VOLATILE, LEVEL_MARKER, WORD_SEPARATOR, NUMBER_LIKE],
  'timestamps.ts': TIMESTAMP_READERS,
};
