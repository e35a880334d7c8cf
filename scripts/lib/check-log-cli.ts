/**
 * The log checker's command line, shared by `npm run check-log` (rules built from the articles) and the
 * packed `errcheck` command (rules embedded at pack time). Node built-ins only, no Astro.
 *
 * Exit status, like grep: 0 when no error was found, 1 when one was (an article's known error or a
 * system error such as an errno or an HTTP error status), 2 when the input or the options are wrong
 * or the rules cannot be loaded.
 */
import { readFileSync } from 'node:fs';
import { classifyText, loadRuleSet, type LineResult, type RuleSet } from '../../src/lib/checker/index.ts';
import type { CompiledRules, SummaryGroup } from '../../src/lib/checker/types.ts';
import { blankJsonLine, jsonLine, lineReport, summaryReport } from './check-log-output.ts';
import { StreamChecker } from './stream-checker.ts';

export interface CliOptions {
  json: boolean;
  follow: boolean;
  errorsOnly: boolean;
  summaryOnly: boolean;
  file: string | null;
}

export interface CliEnvironment {
  /** How the command is started, for the usage line (`errcheck`, `npm run --silent check-log --`). */
  program: string;
  loadRules: () => CompiledRules;
  /** A multi-line record ends after this long without input (`--follow`). */
  idleMs?: number;
}

export const EXIT_CLEAN = 0;
export const EXIT_FOUND = 1;
export const EXIT_TROUBLE = 2;

class UsageError extends Error {}

export function usage(program: string): string {
  return [
    `usage: ${program} [options] [FILE]`,
    '',
    'Names the known errors in a log and links the article that explains each. Reads FILE, or standard',
    'input when FILE is omitted or -. Nothing is sent anywhere.',
    '',
    'options:',
    '  --json         one JSON object per input line',
    '  --follow       read standard input as it grows (tail -F, journalctl -f) and print each error',
    '                 as soon as its record is complete; Ctrl+C or end of input prints the summary',
    '  --errors-only  leave out lines without an error',
    '  --summary      print only the summary of errors by kind',
    '  -h, --help     this text',
    '',
    'exit status: 0 no error found, 1 an error was found, 2 bad options, unreadable input or rules.',
    '',
    'examples:',
    `  ${program} /var/log/nginx/error.log`,
    `  journalctl -fu nginx | ${program} --follow`,
  ].join('\n');
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { json: false, follow: false, errorsOnly: false, summaryOnly: false, file: null };
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--follow' || arg === '-f') options.follow = true;
    else if (arg === '--errors-only') options.errorsOnly = true;
    else if (arg === '--summary') options.summaryOnly = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length > 1) throw new UsageError('give at most one FILE');
  options.file = files[0] === undefined || files[0] === '-' ? null : files[0];
  if (options.follow && options.file !== null) throw new UsageError('--follow reads standard input: pipe the log in (tail -F FILE | …)');
  if (options.json && options.summaryOnly) throw new UsageError('--json and --summary do not go together');
  return options;
}

/** A line that shows an error of any tier, itself or through its record. */
export function isErrorLine(line: LineResult): boolean {
  return line.tier !== null || (line.answer !== null && line.answer.tier !== null);
}

/** An error that makes the exit status 1: an article's known error or a system error (tiers 1 and 2). */
export function isFinding(group: SummaryGroup): boolean {
  return group.tier === 1 || group.tier === 2;
}

function readInput(file: string | null): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read ${file ?? 'standard input'}: ${reason}`);
  }
}

/** Every input line as JSON, blank ones as generic with no matches, so line N is output line N. */
function jsonLines(text: string, lines: LineResult[], errorsOnly: boolean): string {
  const byNumber = new Map(lines.map((line) => [line.line, line]));
  // Records numbered from 1 in the order they start.
  const recordNumbers = new Map<number, number>();
  for (const line of lines) if (line.record === line.line) recordNumbers.set(line.line, recordNumbers.size + 1);
  const count = text.split(/\r\n|\r|\n/).length - (/(?:\r\n|\r|\n)$/.test(text) || text === '' ? 1 : 0);
  const out: string[] = [];
  for (let n = 1; n <= count; n++) {
    const line = byNumber.get(n);
    if (errorsOnly && !(line && isErrorLine(line))) continue;
    out.push(line ? jsonLine(line, recordNumbers.get(line.record)!) : blankJsonLine(n));
  }
  return out.map((entry) => `${entry}\n`).join('');
}

function checkWhole(options: CliOptions, rules: RuleSet, write: (text: string) => void): number {
  const text = readInput(options.file);
  const result = classifyText(text, rules);
  if (options.json) write(jsonLines(text, result.lines, options.errorsOnly));
  else if (result.empty) write('No log lines in the input: paste or pipe at least one line.\n');
  else {
    if (result.lines.length > 1 || options.summaryOnly) write(summaryReport(result.summary, result.lines.length, result.recordCount));
    if (!options.summaryOnly) {
      for (const line of result.lines) if (!options.errorsOnly || isErrorLine(line)) write(lineReport(line));
    }
  }
  return result.summary.some(isFinding) ? EXIT_FOUND : EXIT_CLEAN;
}

/** `--follow`: standard input as it arrives; records printed when complete; the summary at the end. */
function follow(options: CliOptions, rules: RuleSet, write: (text: string) => void, idleMs: number): Promise<number> {
  const checker = new StreamChecker(rules);
  let found = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const print = (records: ReturnType<StreamChecker['push']>) => {
    for (const record of records) {
      if (record.hasFinding) found = true;
      if (options.summaryOnly) continue;
      // Errors only, always: a live log is mostly normal lines, which would bury the errors.
      const lines = record.lines;
      if (!lines.some(isErrorLine)) continue;
      for (const line of lines) {
        if (options.json) write(`${jsonLine(line, record.number)}\n`);
        else write(lineReport(line));
      }
    }
  };
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      process.stdin.pause();
      print(checker.flush());
      if (!options.json) write(summaryReport(checker.summary(), checker.linesRead, checker.recordCount));
      resolve(found ? EXIT_FOUND : EXIT_CLEAN);
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      print(checker.push(chunk));
      clearTimeout(timer);
      // A quiet input means the record under way is complete: print it now, not when the next line comes.
      timer = setTimeout(() => print(checker.flush()), idleMs);
    });
    process.stdin.on('end', finish);
    process.once('SIGINT', finish);
    process.once('SIGTERM', finish);
  });
}

/** The status a Unix tool ends with when its reader has gone: killed by SIGPIPE (128 + 13). */
export const EXIT_READER_GONE = 141;

/**
 * A reader that stops early (`check-log big.log | head`) closes the pipe: stop there, as Unix tools
 * do, instead of dying with a stack trace about EPIPE. For the command-line entries only.
 */
export function stopWhenReaderGoes(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT_READER_GONE);
  });
}

/** Runs the command; returns the exit status. Writes to stdout, and reasons for status 2 to stderr. */
export async function runCheckLog(argv: string[], env: CliEnvironment): Promise<number> {
  const name = env.program.split(' ').at(-2) === 'check-log' ? 'check-log' : env.program;
  const write = (text: string) => process.stdout.write(text);
  let options: CliOptions;
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      write(`${usage(env.program)}\n`);
      return EXIT_CLEAN;
    }
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${name}: ${(error as Error).message}\n${usage(env.program).split('\n')[0]}\n`);
    return EXIT_TROUBLE;
  }
  let rules: RuleSet;
  try {
    rules = await loadRuleSet(env.loadRules());
  } catch (error) {
    process.stderr.write(`${name}: cannot load the checker rules:\n${(error as Error).message}\n`);
    return EXIT_TROUBLE;
  }
  try {
    return options.follow ? await follow(options, rules, write, env.idleMs ?? 1000) : checkWhole(options, rules, write);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    return EXIT_TROUBLE;
  }
}
