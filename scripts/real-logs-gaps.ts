/**
 * `npm run real-logs:gaps`: rewrites tests/fixtures/real-logs/known-gaps.json, the expectations of the
 * real-logs corpus the checker does not meet yet, with their count per class at the top. Run it when the
 * corpus test says a gap closed or changed; the diff should only ever shrink (a new entry is a regression
 * or a new snippet, and needs a reason in the commit message).
 */
import { writeFileSync } from 'node:fs';
import { loadCompiledRules, publishedArticles } from './lib/checker-rules.ts';
import { KNOWN_GAPS_FILE, gapsOf, knownGapsOf, loadRealLogs, scoreSnippet } from './lib/real-logs.ts';
import { classifyText, loadRuleSet } from '../src/lib/checker/index.ts';

const rules = await loadRuleSet(loadCompiledRules());
const published = new Set(publishedArticles().map((article) => article.id));
const gaps = loadRealLogs().flatMap((snippet) => gapsOf(scoreSnippet(snippet, classifyText(snippet.text, rules).lines), published));
const known = knownGapsOf(gaps);

// One gap per line, so the diff shows each gap that closes or opens.
const head = JSON.stringify({ ...known, gaps: undefined }, null, 2).replace(/\n}$/, '');
const body = known.gaps.map((gap) => `    ${JSON.stringify(gap)}`).join(',\n');
writeFileSync(KNOWN_GAPS_FILE, `${head},\n  "gaps": [${body ? `\n${body}\n  ` : ''}]\n}\n`);
console.log(`${KNOWN_GAPS_FILE}: ${known.total} gaps in ${Object.keys(known.counts).length} classes`);
for (const [name, count] of Object.entries(known.counts)) console.log(`${String(count).padStart(5)}  ${name}`);
