/**
 * Format accuracy on real logs nobody on the project wrote: the shared sample folder (lnav's and
 * Elastic's sample logs, `../shared/log-samples/` or LOG_SAMPLES) with the expected format of each file
 * in its manifest.json. Skipped when the folder is missing: it is reference data, never part of the
 * repository. Standalone, `node scripts/bench/log-samples.ts --files` prints the figure per file and the
 * lines that miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText, loadRuleSet } from '../../src/lib/checker/index.ts';
import { printRows, type BenchPart, type BenchRow } from './types.ts';

const FOLDER = process.env.LOG_SAMPLES ?? join('..', 'shared', 'log-samples');

interface ManifestEntry {
  file: string;
  expectedFormat: string;
  alsoAccept?: string[];
}

/**
 * The manifest predates the java, haproxy, redis, supervisord, logfmt and json ids and says so in its
 * notes ("a new format id is the right fix"); these are the files whose lines those ids now describe.
 * docker compose output carries other programs' lines: a Redis line inside is Redis's; a journal entry
 * whose SYSLOG_IDENTIFIER is `python` is a Python program's.
 */
const NEWER_IDS: Record<string, string[]> = {
  'lnav/logfile_haproxy.0': ['haproxy'],
  'lnav/fmt-haproxy_log.log': ['haproxy'],
  'lnav/logfile_pino.0': ['json'],
  'lnav/logfile_bunyan.0': ['json'],
  'lnav/logfile_logfmt.0': ['logfmt'],
  'lnav/logfile_java.0': ['java'],
  'lnav/logfile_journald.json': ['python'],
  'lnav/logfile_docker_compose.0': ['redis'],
  'lnav/logfile_docker_compose_with_ts.0': ['redis'],
  'lnav/logfile_docker_compose_with_noise.0': ['redis'],
};

export interface FileAccuracy {
  file: string;
  lines: number;
  right: number;
  misses: { line: string; format: string }[];
}

export async function measure(folder = FOLDER): Promise<FileAccuracy[]> {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ManifestEntry[];
  // Detection does not depend on the rules: an empty rule set keeps this about formats alone.
  const rules = await loadRuleSet({ version: 2, articles: {}, rules: [], fallbacks: { errno: {}, httpStatus: {}, signal: {}, exitStatus: {} } });
  return manifest.map((entry) => {
    const accepted = new Set([entry.expectedFormat, ...(entry.alsoAccept ?? []), ...(NEWER_IDS[entry.file] ?? [])]);
    const result = classifyText(readFileSync(join(folder, entry.file), 'utf8'), rules, { searchWords: false });
    const misses = result.lines.filter((line) => !accepted.has(line.format)).map((line) => ({ line: line.text, format: line.format }));
    return { file: entry.file, lines: result.lines.length, right: result.lines.length - misses.length, misses };
  });
}

const percent = (part: number, whole: number) => Math.round((1000 * part) / Math.max(whole, 1)) / 10;

export const run: BenchPart = async () => {
  if (!existsSync(join(FOLDER, 'manifest.json'))) return [];
  const files = await measure();
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  const right = files.reduce((sum, file) => sum + file.right, 0);
  // Per file too, so one big file (a 1000-line access log) does not hide the formats that fail.
  const perFile = files.reduce((sum, file) => sum + file.right / Math.max(file.lines, 1), 0) / files.length;
  const rows: BenchRow[] = [
    { group: 'log samples', metric: `format right, lines (${lines} lines)`, value: percent(right, lines), unit: '%', target: '≥ 95', pass: percent(right, lines) >= 95 },
    { group: 'log samples', metric: `format right, mean over ${files.length} files`, value: Math.round(perFile * 1000) / 10, unit: '%', target: '≥ 95', pass: perFile >= 0.95 },
  ];
  return rows;
};

if (import.meta.main) {
  if (process.argv.includes('--files')) {
    for (const file of await measure()) {
      console.log(`${String(percent(file.right, file.lines)).padStart(5)} %  ${String(file.lines).padStart(4)}  ${file.file}`);
      for (const miss of file.misses.slice(0, 4)) console.log(`          ${miss.format.padEnd(12)} ${miss.line.slice(0, 150)}`);
    }
  }
  printRows(await run());
}
