/** What `check-log` prints: one JSON object per line, or a readable report of lines and the summary. */
import type { LineResult, RecordAnswer, RuleMatch, SummaryGroup, SystemError } from '../../src/lib/checker/types.ts';
import { LOG_FORMAT_LABELS } from '../../src/lib/log-formats.ts';

/** Each field's value by name; a wrapped line's own field wins over the wrapper's of the same name. */
function fieldMap(line: LineResult): Record<string, string> {
  return Object.fromEntries(line.fields.map((field) => [field.name, field.value]));
}

/**
 * `{"line", "format", "level", "matches": [{"article", "cause", "confidence", "tier"}], "record",
 * "recordFirst", "recordLast", "wrappers", "fields", "tier", "systemError"}`, best match first.
 * `record` numbers the records (a stack trace or report block is one) from 1; `recordFirst` and
 * `recordLast` are its first and last line; `fields` maps each field name to its value; `tier` is 1 for
 * an article pattern, 2 for a system error's hub article (its `cause` is ""), and per line 3 for an
 * error-level line nothing explains; `systemError` is {"kind", "value", "label", "meaning"} or null.
 */
export interface JsonLine {
  line: number;
  format: LineResult['format'];
  level: LineResult['level'];
  matches: Pick<RuleMatch, 'article' | 'cause' | 'confidence' | 'tier'>[];
  record: number | null;
  recordFirst: number | null;
  recordLast: number | null;
  wrappers: string[];
  fields: Record<string, string>;
  tier: LineResult['tier'];
  systemError: Pick<SystemError, 'kind' | 'value' | 'label' | 'meaning'> | null;
}

export function jsonLine(line: LineResult, record: number): string {
  return JSON.stringify({
    line: line.line,
    format: line.format,
    level: line.level,
    matches: line.matches.map((match) => ({ article: match.article, cause: match.cause, confidence: match.confidence, tier: match.tier })),
    record,
    recordFirst: line.record,
    recordLast: line.recordLast,
    wrappers: line.wrappers,
    fields: fieldMap(line),
    tier: line.tier,
    systemError: line.systemError && {
      kind: line.systemError.kind,
      value: line.systemError.value,
      label: line.systemError.label,
      meaning: line.systemError.meaning,
    },
  } satisfies JsonLine);
}

/** A blank input line: generic, no matches, no record. */
export const blankJsonLine = (n: number) =>
  JSON.stringify({
    line: n,
    format: 'generic',
    level: null,
    matches: [],
    record: null,
    recordFirst: null,
    recordLast: null,
    wrappers: [],
    fields: {},
    tier: null,
    systemError: null,
  } satisfies JsonLine);

export function summaryReport(summary: SummaryGroup[], lineCount: number, recordCount: number): string {
  const out = [`${lineCount} lines, ${recordCount} records.`, ''];
  for (const group of summary) {
    const where = group.firstLine === group.lastLine ? `line ${group.firstLine}` : `lines ${group.firstLine}–${group.lastLine}`;
    const kind = group.tier === 2 ? 'System error: ' : '';
    out.push(`  ${String(group.count).padStart(6)} × ${kind}${group.title}${group.causeTitle ? ` — ${group.causeTitle}` : ''} (${where})`);
    if (group.url) out.push(`           ${group.tier === 1 ? 'fix' : 'read'}: ${group.url}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** The answer of a record, in the widget's words. */
function answerLines(answer: RecordAnswer, line: LineResult): string[] {
  const { match, systemError } = answer;
  const where = answer.line !== line.line ? ` (found on line ${answer.line})` : '';
  if (match?.tier === 1) {
    return [
      `  Known error: ${match.title}${where}`,
      `  cause: ${match.causeTitle} (confidence ${match.confidence})`,
      `  fix: ${match.url}#${match.cause}`,
    ];
  }
  if (systemError) {
    const out = [`  System error: ${systemError.label}${where} — ${systemError.meaning}`];
    if (match) out.push(`  read: ${match.title} ${match.url}`);
    return out;
  }
  const words = `search for: ${line.searchWords.join(' ') || '(nothing distinctive)'}`;
  return [answer.tier === 3 ? `  Unrecognised error; ${words}` : `  no known error; ${words}`];
}

export function lineReport(line: LineResult): string {
  const parts = [LOG_FORMAT_LABELS[line.format]];
  if (line.level) parts.push(line.level);
  if (line.wrappers.length > 0) parts.push(`wrapped in ${line.wrappers.join(', ')}`);
  if (line.errno) parts.push(`${line.errno.name}: ${line.errno.meaning}`);
  if (line.record !== line.line) parts.push(`part of the record at line ${line.record}`);
  else if (line.recordLast !== line.line) parts.push(`record of lines ${line.record}–${line.recordLast}`);
  const out = [`line ${line.line}: ${parts.join(', ')}`];
  const fields = line.fields.filter((field) => field.name !== 'level');
  if (fields.length > 0) out.push(`  fields: ${fields.map((field) => `${field.name}=${field.value}`).join(', ')}`);
  if (line.answer) out.push(...answerLines(line.answer, line));
  return `${out.join('\n')}\n`;
}
