/**
 * `npm run lint:content`: checks every article without a build and prints every problem at once,
 * each as `file:line  field  message`. Exit 1 when there is any problem.
 */
import { ARTICLES_DIR } from './lib/read-articles.ts';
import { checkBodies, lintArticles } from './lib/content-checks.ts';

const { files, articles, problems } = lintArticles(process.argv[2] ?? ARTICLES_DIR);
problems.push(...(await checkBodies(articles)));

problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
for (const p of problems) console.log(`${p.file}:${p.line ?? 1}  ${p.path}  ${p.message}`);

const published = articles.filter((a) => !a.data.draft);
const patterns = published.reduce((n, a) => n + a.data.patterns.length, 0);
const categories = new Set(published.map((a) => a.data.category)).size;
console.log(
  `\n${files.length} files, ${published.length} published articles in ${categories} categories, ${patterns} patterns: ` +
    (problems.length === 0 ? 'no problems.' : `${problems.length} problem${problems.length === 1 ? '' : 's'}.`),
);
process.exitCode = problems.length === 0 ? 0 : 1;
