/**
 * npm run --silent check-log -- [--json] [FILE]
 *
 * Classifies a log (FILE, or stdin without one) with the same engine and rules as the site's checker.
 * Without --json: a readable report. With --json: exactly one JSON object per input line (a blank
 * line is reported as generic with no matches), {"line", "format", "level", "matches": [{"article",
 * "cause", "confidence"}]}, best match first.
 * Exit 0 when the input was read, 2 when it could not be (with the reason on stderr), 1 when the
 * articles in the repository do not validate (the rules cannot be built).
 */
import { readFileSync } from 'node:fs';
import { loadCompiledRules } from './lib/checker-rules.ts';
import { classifyText, loadRuleSet, type CheckResult, type LineResult, type RuleSet } from '../src/lib/checker/index.ts';
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

function jsonLine(line: LineResult): string {
  return JSON.stringify({
    line: line.line,
    format: line.format,
    level: line.level,
    matches: line.matches.map((match) => ({ article: match.article, cause: match.cause, confidence: match.confidence })),
  });
}

function report(result: CheckResult): string {
  if (result.empty) return 'No log lines in the input: paste or pipe at least one line.\n';
  const out: string[] = [];
  if (result.lines.length > 1) {
    out.push(`${result.lines.length} lines, ${result.recordCount} records.`, '');
    for (const group of result.summary) {
      const where = group.firstLine === group.lastLine ? `line ${group.firstLine}` : `lines ${group.firstLine}–${group.lastLine}`;
      out.push(`  ${String(group.count).padStart(6)} × ${group.title}${group.causeTitle ? ` — ${group.causeTitle}` : ''} (${where})`);
      if (group.url) out.push(`           fix: ${group.url}`);
    }
    out.push('');
  }
  for (const line of result.lines) {
    const top = line.matches[0];
    const errno = line.errno ? `, ${line.errno.name}: ${line.errno.meaning}` : '';
    out.push(`line ${line.line}: ${LOG_FORMAT_LABELS[line.format]}${line.level ? `, ${line.level}` : ''}${errno}`);
    if (top) {
      out.push(`  ${top.title}`, `  cause: ${top.causeTitle} (confidence ${top.confidence})`, `  fix: ${top.url}#${top.cause}`);
    } else if (line.record === line.line) {
      out.push(`  no known error; search for: ${line.searchWords.join(' ') || '(nothing distinctive)'}`);
    }
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
  const count = text.split(/\r\n|\r|\n/).length - (/(?:\r\n|\r|\n)$/.test(text) || text === '' ? 1 : 0);
  const out: string[] = [];
  for (let n = 1; n <= count; n++) {
    const line = byNumber.get(n);
    out.push(line ? jsonLine(line) : JSON.stringify({ line: n, format: 'generic', level: null, matches: [] }));
  }
  process.stdout.write(out.map((entry) => `${entry}\n`).join(''));
} else {
  process.stdout.write(report(result));
}
