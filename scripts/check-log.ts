/**
 * npm run --silent check-log -- [--json] [FILE]
 *
 * Classifies a log (FILE, or stdin without one) with the same engine and rules as the site's checker.
 * Without --json: a readable report. With --json: exactly one JSON object per input line (a blank
 * line is reported as generic with no matches and no record), {"line", "format", "level", "matches":
 * [{"article", "cause", "confidence", "tier"}], "record", "recordFirst", "recordLast", "wrappers",
 * "fields", "tier", "systemError"}, best match first. `record` numbers the records (a stack trace or
 * report block is one) from 1; `recordFirst`/`recordLast` are its first and last line; `fields` maps
 * each field name to its value; `tier` is 1 for an article pattern, 2 for a system error's hub article
 * (its `cause` is ""), and per line 3 for an error-level line nothing explains; `systemError` is
 * {"kind", "value", "label", "meaning"} or null.
 * Exit 0 when the input was read, 2 when it could not be (with the reason on stderr), 1 when the
 * articles in the repository do not validate (the rules cannot be built).
 */
import { readFileSync } from 'node:fs';
import { loadCompiledRules } from './lib/checker-rules.ts';
import { classifyText, loadRuleSet, type CheckResult, type LineResult, type RecordAnswer, type RuleSet } from '../src/lib/checker/index.ts';
import { LOG_FORMAT_LABELS } from '../src/lib/log-formats.ts';

const USAGE = 'usage: npm run --silent check-log -- [--json] [FILE]   (reads stdin when FILE is omitted)';

function parseArgs(argv: string[]): { json: boolean; file: string | null } {
  let json = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length > 1) fail(`give at most one FILE\n${USAGE}`);
  return { json, file: files[0] === undefined || files[0] === '-' ? null : files[0] };
}

function fail(message: string): never {
  process.stderr.write(`check-log: ${message}\n`);
  process.exit(2);
}

function readInput(file: string | null): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return fail(`cannot read ${file ?? 'standard input'}: ${reason}`);
  }
}

/** Each field's value by name; a wrapped line's own field wins over the wrapper's of the same name. */
function fieldMap(line: LineResult): Record<string, string> {
  return Object.fromEntries(line.fields.map((field) => [field.name, field.value]));
}

function jsonLine(line: LineResult, record: number): string {
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
    systemError: line.systemError && { kind: line.systemError.kind, value: line.systemError.value, label: line.systemError.label, meaning: line.systemError.meaning },
  });
}

const blankLine = (n: number) =>
  JSON.stringify({ line: n, format: 'generic', level: null, matches: [], record: null, recordFirst: null, recordLast: null, wrappers: [], fields: {}, tier: null, systemError: null });

/** The answer of a record, in the widget's words. */
function answerLines(answer: RecordAnswer, line: LineResult): string[] {
  const { match, systemError } = answer;
  const where = answer.line !== line.line ? ` (found on line ${answer.line})` : '';
  if (match?.tier === 1) {
    return [`  Known error: ${match.title}${where}`, `  cause: ${match.causeTitle} (confidence ${match.confidence})`, `  fix: ${match.url}#${match.cause}`];
  }
  if (systemError) {
    const out = [`  System error: ${systemError.label}${where} — ${systemError.meaning}`];
    if (match) out.push(`  read: ${match.title} ${match.url}`);
    return out;
  }
  const words = `search for: ${line.searchWords.join(' ') || '(nothing distinctive)'}`;
  return [answer.tier === 3 ? `  Unrecognised error; ${words}` : `  no known error; ${words}`];
}

function report(result: CheckResult): string {
  if (result.empty) return 'No log lines in the input: paste or pipe at least one line.\n';
  const out: string[] = [];
  if (result.lines.length > 1) {
    out.push(`${result.lines.length} lines, ${result.recordCount} records.`, '');
    for (const group of result.summary) {
      const where = group.firstLine === group.lastLine ? `line ${group.firstLine}` : `lines ${group.firstLine}–${group.lastLine}`;
      const kind = group.tier === 2 ? 'System error: ' : '';
      out.push(`  ${String(group.count).padStart(6)} × ${kind}${group.title}${group.causeTitle ? ` — ${group.causeTitle}` : ''} (${where})`);
      if (group.url) out.push(`           ${group.tier === 1 ? 'fix' : 'read'}: ${group.url}`);
    }
    out.push('');
  }
  for (const line of result.lines) {
    const parts = [LOG_FORMAT_LABELS[line.format]];
    if (line.level) parts.push(line.level);
    if (line.wrappers.length > 0) parts.push(`wrapped in ${line.wrappers.join(', ')}`);
    if (line.errno) parts.push(`${line.errno.name}: ${line.errno.meaning}`);
    if (line.record !== line.line) parts.push(`part of the record at line ${line.record}`);
    else if (line.recordLast !== line.line) parts.push(`record of lines ${line.record}–${line.recordLast}`);
    out.push(`line ${line.line}: ${parts.join(', ')}`);
    const fields = line.fields.filter((field) => field.name !== 'level');
    if (fields.length > 0) out.push(`  fields: ${fields.map((field) => `${field.name}=${field.value}`).join(', ')}`);
    if (line.answer) out.push(...answerLines(line.answer, line));
  }
  return `${out.join('\n')}\n`;
}

const { json, file } = parseArgs(process.argv.slice(2));
const text = readInput(file);
let rules: RuleSet;
try {
  rules = await loadRuleSet(await loadCompiledRules());
} catch (error) {
  // The rules come from the articles; an article that does not validate is a repository problem.
  process.stderr.write(`check-log: cannot build the checker rules from the articles:\n${(error as Error).message}\n`);
  process.exit(1);
}
const result = classifyText(text, rules);
if (json) {
  const byNumber = new Map(result.lines.map((line) => [line.line, line]));
  // Records numbered from 1 in the order they start.
  const recordNumbers = new Map<number, number>();
  for (const line of result.lines) if (line.record === line.line) recordNumbers.set(line.line, recordNumbers.size + 1);
  const count = text.split(/\r\n|\r|\n/).length - (/(?:\r\n|\r|\n)$/.test(text) || text === '' ? 1 : 0);
  const out: string[] = [];
  for (let n = 1; n <= count; n++) {
    const line = byNumber.get(n);
    out.push(line ? jsonLine(line, recordNumbers.get(line.record)!) : blankLine(n));
  }
  process.stdout.write(out.map((entry) => `${entry}\n`).join(''));
} else {
  process.stdout.write(report(result));
}
