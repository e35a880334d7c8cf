/**
 * The content linter catches each corpus problem on fixture articles written to a scratch folder:
 * a valid base article is cloned and broken one way per case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { SourceProblem } from '../../scripts/lib/read-articles.ts';
import { checkBodies, lintArticles, overviewWordCount } from '../../scripts/lib/content-checks.ts';

const SOURCE = 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_upstream.c';
const BODY = Array.from({ length: 40 }, (_, i) => `Sentence ${i} explains the error in plain words.`).join(' ');

function baseArticle(id: string, errorString: string, line: string) {
  return {
    title: `Fixture ${id}`,
    description: 'A fixture article for the linter tests.',
    quickAnswer: { question: 'What?', answer: 'This.' },
    category: 'web-server',
    collection: 'Linux Error Codes',
    tags: ['fixture'],
    errorStrings: [errorString],
    keyDetails: ['one', 'two', 'three'],
    causes: [
      { id: 'first', title: 'First', detail: 'Detail.' },
      { id: 'second', title: 'Second', detail: 'Detail.' },
    ],
    steps: [1, 2, 3, 4].map((n) => ({ title: `Step ${n}`, detail: 'Look at it.', command: `echo ${n}` })),
    faq: [
      { q: 'Q1?', a: 'A1.' },
      { q: 'Q2?', a: 'A2.' },
    ],
    related: ['alpha', 'beta', 'gamma'].filter((other) => other !== id).slice(0, 2),
    references: [{ title: 'Docs', url: 'https://example.org/docs' }],
    updated: '2026-11-25',
    patterns: [
      {
        id: `${id}-a`,
        format: 'generic',
        match: `${id} error \\d+`,
        cause: 'first',
        examples: [{ line: `${id} error 1`, source: SOURCE }],
      },
      {
        id: `${id}-b`,
        format: 'generic',
        match: line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        cause: 'second',
        examples: [{ line, source: SOURCE }],
      },
    ],
  };
}

type Fixture = ReturnType<typeof baseArticle>;
type Fixtures = Record<'alpha' | 'beta' | 'gamma', Fixture>;

function lint(mutate: (articles: Fixtures) => void, body = BODY): SourceProblem[] {
  const articles: Fixtures = {
    alpha: baseArticle('alpha', 'alpha failure', 'alpha: something specific broke'),
    beta: baseArticle('beta', 'beta failure', 'beta: another specific thing broke'),
    gamma: baseArticle('gamma', 'gamma failure', 'gamma: a third thing broke'),
  };
  mutate(articles);
  const dir = mkdtempSync(join(tmpdir(), 'ecw-lint-'));
  try {
    for (const [id, data] of Object.entries(articles)) {
      writeFileSync(join(dir, `${id}.mdx`), `---\n${stringify(data)}---\n\n${body}\n`);
    }
    return lintArticles(dir).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const describe = (problems: SourceProblem[]) => problems.map((p) => `${p.file.split('/').pop()}:${p.line} ${p.path} ${p.message}`);

test('a clean corpus has no problems', () => {
  assert.deepEqual(describe(lint(() => {})), []);
});

test('a schema error is reported with its field and line', () => {
  const [problem, ...rest] = lint((a) => {
    (a.alpha as { tags: unknown }).tags = ['Not Kebab'];
  });
  assert.equal(rest.length, 0);
  assert.match(problem!.file, /alpha\.mdx$/);
  assert.equal(problem!.path, 'tags.0');
  assert.ok(problem!.line! > 1, 'points at the tags line, not the top of the file');
});

test('an example that its pattern does not match is reported', () => {
  const problems = lint((a) => {
    a.alpha.patterns[0]!.examples = [{ line: 'alpha error none', source: SOURCE }];
  });
  assert.deepEqual(
    problems.map((p) => p.path),
    ['patterns.0.examples.0'],
  );
});

test('an example without its source is reported with the form to use', () => {
  const problems = lint((a) => {
    (a.alpha.patterns[0] as { examples: unknown[] }).examples = ['alpha error 1'];
  });
  assert.deepEqual(
    problems.map((p) => p.path),
    ['patterns.0.examples.0'],
  );
  assert.match(problems[0]!.message, /an example needs its source: write it as "- line: '…'" with "source: 'https:\/\/…'"/);
});

test('an example source must be present and an https URL', () => {
  const missing = lint((a) => {
    (a.alpha.patterns[0] as { examples: unknown[] }).examples = [{ line: 'alpha error 1' }];
  });
  assert.deepEqual(
    describe(missing).map((d) => d.replace(/:\d+/, '')),
    [
      'alpha.mdx patterns.0.examples.0.source example source is required: ' +
        'the https:// URL of the bug report, documentation page or source file where the line is seen.',
    ],
  );
  const plainHttp = lint((a) => {
    a.alpha.patterns[0]!.examples = [{ line: 'alpha error 1', source: 'http://nginx.org/en/docs/' }];
  });
  assert.deepEqual(
    plainHttp.map((p) => [p.path, p.message]),
    [['patterns.0.examples.0.source', 'example source must be a full https:// URL.']],
  );
});

test('the same primary error string in two articles is reported on the second', () => {
  const problems = lint((a) => {
    a.beta.errorStrings = ['Alpha Failure'];
  });
  assert.deepEqual(
    describe(problems).map((d) => d.replace(/:\d+/, '')),
    [
      'beta.mdx errorStrings "Alpha Failure" is also a primary error string of alpha. ' +
        'Keep it primary in one article and move it to secondaryErrorStrings in the other.',
    ],
  );
});

test("a system error value claimed by two articles' fallback: blocks is reported on both", () => {
  const problems = lint((a) => {
    Object.assign(a.alpha, { fallback: { errno: ['ECONNREFUSED'], httpStatus: [502] } });
    Object.assign(a.beta, { fallback: { httpStatus: [502] } });
  });
  const message =
    'fallback httpStatus 502 is claimed by alpha, beta: a value can have only one hub article. ' +
    'Keep it in the most general of them and remove it from the others.';
  assert.deepEqual(
    describe(problems).map((d) => d.replace(/:\d+/, '')),
    [`alpha.mdx fallback.httpStatus ${message}`, `beta.mdx fallback.httpStatus ${message}`],
  );
});

test('a secondary error string that nobody owns is reported', () => {
  const problems = lint((a) => {
    (a.beta as Record<string, unknown>).secondaryErrorStrings = ['delta failure'];
  });
  assert.deepEqual(
    problems.map((p) => p.path),
    ['secondaryErrorStrings'],
  );
});

test("a primary pattern that matches another article's example is reported as ambiguous", () => {
  const problems = lint((a) => {
    a.beta.patterns[0]!.match = 'error \\d+';
    a.beta.patterns[0]!.examples = [{ line: 'beta error 7', source: SOURCE }];
  });
  assert.ok(problems.length >= 1);
  assert.ok(problems.every((p) => p.file.endsWith('beta.mdx') && /also matches an example of (alpha|gamma)/.test(p.message)));
});

test('marking the broad pattern secondary resolves the ambiguity', () => {
  const problems = lint((a) => {
    a.beta.patterns[0]!.match = 'error \\d+';
    a.beta.patterns[0]!.examples = [{ line: 'beta error 7', source: SOURCE }];
    (a.beta.patterns[0] as Record<string, unknown>).secondary = true;
  });
  assert.deepEqual(describe(problems), []);
});

test('a related id that does not exist is reported', () => {
  const problems = lint((a) => {
    a.alpha.related = ['beta', 'no-such-article'];
  });
  assert.deepEqual(
    problems.map((p) => p.path),
    ['related.1'],
  );
});

test('every reference the build checks is reported: category, related ids (itself included), pattern causes', () => {
  const problems = lint((a) => {
    a.alpha.category = 'web-servr';
    a.beta.related = ['beta', 'gamma'];
    a.gamma.patterns[0]!.cause = 'no-such-cause';
  });
  assert.deepEqual(
    describe(problems)
      .map((d) => d.replace(/:\d+/, ''))
      .sort(),
    [
      'alpha.mdx category "web-servr" does not exist. Use an id from src/content/categories.json.',
      'beta.mdx related.0 an article cannot be related to itself. Remove its own id.',
      'gamma.mdx patterns.0.cause pattern "gamma-a" points to cause "no-such-cause", which this article does not define. ' +
        'Use one of the ids under causes: "first", "second".',
    ],
  );
});

test('a reference without https is reported', () => {
  const problems = lint((a) => {
    a.gamma.references = [{ title: 'Docs', url: 'http://example.org/docs' }];
  });
  assert.deepEqual(
    problems.map((p) => p.path),
    ['references.0.url'],
  );
});

test('an overview outside 150–500 words is reported for every article', () => {
  const short = lint(() => {}, 'Too short.');
  assert.equal(short.filter((p) => p.path === '(body)').length, 3);
  const long = lint(() => {}, 'word '.repeat(501));
  assert.equal(long.filter((p) => /has 501 words/.test(p.message)).length, 3);
});

test('a step that says to run something without a command is reported', () => {
  const problems = lint((a) => {
    a.alpha.steps[2] = { title: 'Restart it', detail: 'Run the restart for the service.', command: undefined as never };
  });
  assert.deepEqual(
    problems.map((p) => p.path),
    ['steps.2.command'],
  );
});

test('too few causes, steps, FAQ entries or patterns are reported', () => {
  const problems = lint((a) => {
    a.alpha.steps = a.alpha.steps.slice(0, 2);
    a.alpha.faq = a.alpha.faq.slice(0, 1);
  });
  assert.deepEqual(problems.map((p) => p.path).sort(), ['faq', 'steps']);
});

test('overview word count ignores imports and components', () => {
  assert.equal(overviewWordCount("import X from './x';\n\nOne two three.\n\n<LogExample lines='a b c d e' />\n"), 3);
});

test('a body whose component props are wrong is a problem named by file, as the build would fail on it', async () => {
  const article = (body: string) => ({ id: 'x', file: 'src/content/articles/x.mdx', body, data: {} as never });
  const problems = await checkBodies([
    article('<Callout kind="danger">Careful.</Callout>\n'),
    article('<Callout kind="tip">Fine.</Callout>\n'),
  ]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.path]),
    [['src/content/articles/x.mdx', '(body)']],
  );
  assert.match(problems[0]!.message, /<Callout> needs kind= note, tip or warning \(got "danger"\)/);
});
