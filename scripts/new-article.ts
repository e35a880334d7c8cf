/**
 * `npm run new -- "<title>" --category <id>`: writes a draft article with every required field stubbed,
 * and prints its path and future URL. The stub's pattern holds a placeholder line and source the build
 * rejects, so the article cannot be published until a real log line and where it was seen are in place.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXAMPLE_PLACEHOLDER, EXAMPLE_SOURCE_PLACEHOLDER } from '../src/lib/content/article-rules.ts';
import { ARTICLES_DIR } from './lib/read-articles.ts';

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const yamlString = (text: string) => JSON.stringify(text);

export function scaffold(title: string, category: string, today: string): string {
  return `---
title: ${yamlString(title)}
description: "TODO: one sentence (≤ 160 characters) saying what the error means and how to fix it."
quickAnswer:
  question: ${yamlString(`What does "${title}" mean and how do I fix it?`)}
  answer: "TODO: the fix for the common case in two or three sentences, with the command to run."
category: ${category}
collection: "Linux Error Codes"
tags: [todo]
errorStrings:
  - "TODO: the exact error text as the software prints it"
keyDetails:
  - "TODO: a fact worth knowing"
  - "TODO: a second fact"
  - "TODO: a third fact"
causes:
  - id: first-cause
    title: "TODO: the most common cause"
    detail: "TODO: why it happens and how to recognise it."
  - id: second-cause
    title: "TODO: another cause"
    detail: "TODO: why it happens and how to recognise it."
steps:
  - title: "TODO: find the evidence"
    detail: "TODO: what this shows."
    command: "TODO: the exact command"
  - title: "TODO: second step"
    detail: "TODO"
    command: "TODO"
  - title: "TODO: third step"
    detail: "TODO"
    command: "TODO"
  - title: "TODO: check the fix"
    detail: "TODO"
    command: "TODO"
faq:
  - q: "TODO: a question readers ask"
    a: "TODO: its answer"
  - q: "TODO: another question"
    a: "TODO: its answer"
related: []
references:
  - title: "TODO: the official documentation page"
    url: "https://example.org/TODO"
updated: ${today}
draft: true
patterns:
  - id: first-pattern
    format: generic
    match: 'TODO: a regular expression for the stable part of the message'
    cause: first-cause
    examples:
      - line: '${EXAMPLE_PLACEHOLDER}'
        source: '${EXAMPLE_SOURCE_PLACEHOLDER}'
    counterexamples: []
---

TODO: the overview, 150–500 words in your own words: what the message means, where it appears, how to
read it, and which cause is most likely. See CONTRIBUTING.md.
`;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { category: { type: 'string', short: 'c' } },
  });
  const title = positionals.join(' ').trim();
  const categories = (JSON.parse(readFileSync('src/content/categories.json', 'utf8')) as { id: string }[]).map((c) => c.id);
  const usage = `Usage: npm run new -- "<title>" --category <${categories.join('|')}>`;

  if (!title) fail(`Give the article a title.\n${usage}`);
  if (!values.category || !categories.includes(values.category)) {
    fail(`--category must be one of: ${categories.join(', ')}.\n${usage}`);
  }
  const slug = slugify(title);
  if (!slug) fail('The title has no letters or digits to build a file name from.');
  const file = join(ARTICLES_DIR, `${slug}.mdx`);
  if (existsSync(file)) fail(`${file} already exists. Edit it, or choose another title.`);

  writeFileSync(file, scaffold(title, values.category!, new Date().toISOString().slice(0, 10)));
  console.log(`Created ${file}`);
  console.log(`It will be published at /${values.category}/${slug}/ once you replace every TODO, paste a real log line`);
  console.log('and the URL where it is seen into patterns[0].examples, and set draft: false. Check it with: npm run lint:content');
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (import.meta.main) main();
