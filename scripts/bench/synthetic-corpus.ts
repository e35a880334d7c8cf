/**
 * Synthetic articles for the build-scaling bench: realistic front matter (causes, steps, FAQ, patterns
 * with matching example lines) and 600–900-word bodies, deterministic for a given count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Synthetic lines have no real origin; the schema still wants an https source for each example. */
const SYNTHETIC_SOURCE = 'https://example.com/synthetic-corpus';

const CATEGORIES = ['web-server', 'php', 'linux-system', 'networking', 'ssh', 'systemd', 'containers', 'databases', 'runtimes'];
const WORDS = (
  'the server process upstream connection socket request response timeout worker pool memory limit file ' +
  'permission denied refused reset kernel module service unit restart reload configuration directive value ' +
  'default log line error warning client backend proxy buffer header status code port address host network ' +
  'route firewall certificate chain key user group owner mode path directory disk inode quota container image ' +
  'pod node cluster schedule resource database query transaction lock deadlock replica primary index table'
).split(' ');

/** A small deterministic PRNG so every run writes the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

export function syntheticArticle(index: number, count: number) {
  const next = random(index + 1);
  const id = `synthetic-error-${String(index).padStart(5, '0')}`;
  const code = `E${index}X`;
  const other = (offset: number) => `synthetic-error-${String((index + offset) % count).padStart(5, '0')}`;
  const data = {
    title: `Synthetic error ${code}: ${sentence(next, 5).slice(0, -1)}`,
    description: `What synthetic error ${code} means and how to fix it. ${sentence(next, 8)}`.slice(0, 150),
    quickAnswer: { question: `How do I fix ${code}?`, answer: `${sentence(next, 18)} ${sentence(next, 14)}` },
    category: CATEGORIES[index % CATEGORIES.length],
    collection: 'Synthetic Errors',
    tags: ['synthetic', `group-${index % 40}`],
    errorStrings: [`synthetic failure ${code}`, `${code} while processing request`],
    keyDetails: [sentence(next, 16), sentence(next, 14), sentence(next, 18)],
    causes: [
      { id: 'first-cause', title: sentence(next, 5), detail: `${sentence(next, 20)} ${sentence(next, 16)}` },
      { id: 'second-cause', title: sentence(next, 6), detail: `${sentence(next, 18)} ${sentence(next, 15)}` },
    ],
    steps: [1, 2, 3, 4].map((n) => ({ title: sentence(next, 5), detail: sentence(next, 16), command: `systemctl status synthetic-${index}-${n}` })),
    faq: [1, 2].map(() => ({ q: `${sentence(next, 7).slice(0, -1)}?`, a: `${sentence(next, 20)} ${sentence(next, 12)}` })),
    related: count > 2 ? [other(1), other(2)] : [],
    references: [{ title: 'Reference manual', url: 'https://example.org/manual' }],
    updated: '2026-11-25',
    patterns: [
      {
        id: 'primary-line',
        format: 'generic',
        match: `synthetic failure ${code} in module \\w+`,
        cause: 'first-cause',
        examples: [{ line: `2026-11-25T10:01:02Z worker[12]: synthetic failure ${code} in module alpha`, source: SYNTHETIC_SOURCE }],
      },
      {
        id: 'secondary-line',
        format: 'generic',
        match: `${code} while processing request \\d+`,
        cause: 'second-cause',
        examples: [{ line: `${code} while processing request 42`, source: SYNTHETIC_SOURCE }],
      },
    ],
  };
  const paragraphs: string[] = [];
  const target = 600 + Math.floor(next() * 300);
  for (let words = 0; words + 12 <= target; ) {
    const sentences: string[] = [];
    for (let n = 0; n < 5 && words + 12 <= target; n++, words += 12) sentences.push(sentence(next, 12));
    paragraphs.push(sentences.join(' '));
  }
  return { id, source: `---\n${stringify(data)}---\n\n## What it means\n\n${paragraphs.join('\n\n')}\n` };
}

export function writeSyntheticCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { id, source } = syntheticArticle(i, count);
    writeFileSync(join(dir, `${id}.mdx`), source);
  }
}
