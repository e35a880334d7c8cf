/** Classifies pasted log text: per line its format, level, fields, errno and ranked article matches. */
import { detectFormat } from './formats.ts';
import { addNginxContextFields } from './context-fields.ts';
import { findErrno } from './errno.ts';
import { forEachLogLine, splitLogLines, type InputLine } from './normalise.ts';
import { newRecordTracker, placeInRecord, type RecordTracker } from './records.ts';
import { matchRules, type RuleSet } from './rules.ts';
import { summarise } from './summary.ts';
import { meaningfulWords } from './search-terms.ts';
import type { CheckResult, LineResult } from './types.ts';

// Shared by every line without words, to spare an allocation per line on big pastes; never mutated.
const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];

export interface ClassifyOptions {
  /**
   * Fill `searchWords` for lines that match nothing (default true). The widget turns it off for big
   * pastes and computes the words only for the lines it shows.
   */
  searchWords?: boolean;
}

function classifyInputLine(rules: RuleSet, input: InputLine, tracker: RecordTracker, options: ClassifyOptions): LineResult {
  const layout = detectFormat(input.text);
  const fields = layout.fields;
  if (layout.format === 'nginx-error') addNginxContextFields(input.text, layout.messageStart, fields);
  const record = placeInRecord(tracker, input, layout.format, layout.fields.length > 0);
  // A frame of a stack trace says little by itself; it belongs to the software that started the record.
  const format = record !== input.number && tracker.format !== 'generic' ? tracker.format : layout.format;
  const matches = matchRules(rules, input.text, format, input.source, input.start);
  return {
    line: input.number,
    text: input.text,
    truncated: input.truncated,
    format,
    level: layout.level,
    fields,
    errno: findErrno(input.text),
    matches,
    record,
    searchWords: matches.length === 0 && options.searchWords !== false ? meaningfulWords(input.text) : NO_WORDS,
  };
}

/** One line on its own (the first non-blank line of `text`), or null when there is none. */
export function classifyLine(text: string, rules: RuleSet): LineResult | null {
  const [first] = splitLogLines(text);
  return first ? classifyInputLine(rules, first, newRecordTracker(), {}) : null;
}

/**
 * Every line of a paste, for callers that want progress: `onProgress` is called with the number of
 * lines done (blank ones included) every `every` lines. Lines are independent except for record
 * grouping, which is why the work is not split across workers.
 */
export function classifyText(
  text: string,
  rules: RuleSet,
  options: ClassifyOptions & { onProgress?: (done: number, total: number) => void; every?: number } = {},
): CheckResult {
  const tracker = newRecordTracker();
  const every = options.every ?? 5000;
  const lines: LineResult[] = [];
  forEachLogLine(text, (input, index, total) => {
    lines.push(classifyInputLine(rules, input, tracker, options));
    if (options.onProgress && (index + 1) % every === 0) options.onProgress(index + 1, total);
  });
  const { summary, recordCount } = summarise(lines);
  return { empty: lines.length === 0, lines, summary, recordCount };
}
