/**
 * `npm run bench`: one command, one table. Runs every part in scripts/bench/ (build scaling, page weight,
 * checker, its accuracy on real logs, search, Lighthouse), prints the figures as a Markdown table and writes them as JSON to
 * bench-results/ so runs can be compared. Parts that need the built site expect `npm run build` first
 * (the bench builds when dist/ is missing). BENCH_ONLY=page-weight,checker runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchPart, BenchRow } from './bench/types.ts';

const PART_ORDER = ['checker', 'checker-accuracy', 'log-samples', 'search', 'page-weight', 'lighthouse', 'build-scaling'];
const HELPERS = new Set(['types', 'synthetic-corpus', 'throughput', 'process-tree-memory']);

const available = readdirSync('scripts/bench')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => !HELPERS.has(name))
  .sort((a, b) => (PART_ORDER.indexOf(a) + 1 || 99) - (PART_ORDER.indexOf(b) + 1 || 99));
const only = process.env.BENCH_ONLY?.split(',');
const parts = only ? available.filter((name) => only.includes(name)) : available;

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing; building first…');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const rows: BenchRow[] = [];
const failures: string[] = [];
for (const name of parts) {
  console.error(`bench: ${name}…`);
  try {
    const { run } = (await import(`./bench/${name}.ts`)) as { run: BenchPart };
    rows.push(...(await run()));
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
  }
}

const cell = (text: string) => text.replaceAll('|', '\\|');
const status = (r: BenchRow) => (r.pass === undefined ? '' : r.pass ? 'ok' : '**missed**');
const lines = [
  '| group | metric | value | target | status |',
  '|---|---|---:|---|---|',
  ...rows.map((r) => `| ${cell(r.group)} | ${cell(r.metric)} | ${r.value} ${r.unit} | ${r.target ?? ''} | ${status(r)} |`),
];
console.log(lines.join('\n'));
const missed = rows.filter((r) => r.pass === false);
const partsFailed = failures.length ? `, ${failures.length} part(s) failed` : '';
console.log(`\n${rows.length} figures, ${missed.length} target${missed.length === 1 ? '' : 's'} missed${partsFailed}.`);
for (const failure of failures) console.log(`- part failed: ${failure}`);

mkdirSync('bench-results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const json = JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, failures }, null, 2);
writeFileSync(join('bench-results', `bench-${stamp}.json`), json);
writeFileSync(join('bench-results', 'latest.json'), json);
console.error(`bench: wrote bench-results/bench-${stamp}.json`);
process.exitCode = failures.length > 0 ? 1 : 0;
