/**
 * The Astro process's memory through one cold build of a synthetic corpus, sampled every 0.2 s, with the
 * build's own log lines on the same clock: where in the build the peak falls, and whether it is the
 * JavaScript heap and native allocations (anonymous memory) or mapped files. The build-scaling bench
 * reports the peak only (VmHWM); this is for finding what makes it.
 *
 *   node scripts/bench/memory-timeline.ts 20000 [out-prefix]
 *
 * Writes `<out-prefix>.jsonl` (one sample a line: seconds, rss, hwm, anon, file, in MB), `<out-prefix>.log`
 * (the build's output, each line with its second) and prints the peak with the log line before it.
 * TIMELINE_DIR=<scratch site> reuses a site left by an earlier run, its corpus and the working tree's
 * `src/` otherwise (its caches and dist/ are removed first, so the build is still cold); TIMELINE_KEEP=1
 * leaves the site in place and prints where.
 * NODE_OPTIONS and other variables pass through to the build.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createScratchSite, ROOT } from '../lib/scratch-site.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const count = Number(process.argv[2] ?? 4000);
const out = process.argv[3] ?? `memory-timeline-${count}`;

function prepareSite(): string {
  const reused = process.env.TIMELINE_DIR;
  if (reused) {
    for (const cache of ['.astro', '.cache', '.vite']) rmSync(join(reused, 'node_modules', cache), { recursive: true, force: true });
    rmSync(join(reused, 'dist'), { recursive: true, force: true });
    // The site's code as it is now (the corpus is kept).
    const articles = join(ROOT, 'src/content/articles');
    cpSync(join(ROOT, 'src'), join(reused, 'src'), { recursive: true, filter: (source) => !source.startsWith(articles) });
    return reused;
  }
  const dir = createScratchSite(`ecw-timeline-${count}-`);
  rmSync(join(dir, 'src/content/articles'), { recursive: true, force: true });
  writeSyntheticCorpus(join(dir, 'src/content/articles'), count);
  return dir;
}

const mbField = (status: string, field: string) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;

const dir = prepareSite();
writeFileSync(`${out}.jsonl`, '');
writeFileSync(`${out}.log`, '');
const started = performance.now();
const seconds = () => Number(((performance.now() - started) / 1000).toFixed(2));
const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: dir,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

let peak = { t: 0, rss: 0, line: '' };
let lastLine = '';
for (const stream of [child.stdout, child.stderr]) {
  createInterface({ input: stream }).on('line', (line) => {
    lastLine = line;
    appendFileSync(`${out}.log`, `${seconds().toFixed(2)} ${line}\n`);
  });
}

const timer = setInterval(() => {
  let status: string;
  try {
    status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  } catch {
    return;
  }
  const sample = {
    t: seconds(),
    rss: mbField(status, 'VmRSS'),
    hwm: mbField(status, 'VmHWM'),
    anon: mbField(status, 'RssAnon'),
    file: mbField(status, 'RssFile'),
  };
  if (sample.rss > peak.rss) peak = { t: sample.t, rss: sample.rss, line: lastLine };
  appendFileSync(`${out}.jsonl`, `${JSON.stringify(sample)}\n`);
}, 200);

const [code] = (await once(child, 'close')) as [number | null];
clearInterval(timer);
console.log(`exit ${code} after ${seconds()} s; largest RSS sampled ${peak.rss.toFixed(0)} MB at ${peak.t} s, after: ${peak.line}`);
if (process.env.TIMELINE_KEEP || process.env.TIMELINE_DIR) console.log(`site: ${dir}`);
else rmSync(dir, { recursive: true, force: true });
