import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkArticleRules, EXAMPLE_SOURCE_PLACEHOLDER, type ArticleRuleInput } from '../../src/lib/content/article-rules.ts';

const valid = (): ArticleRuleInput => ({
  causes: [{ id: 'upstream-down' }, { id: 'socket-permissions' }],
  patterns: [
    {
      id: 'refused',
      match: 'connect\\(\\) failed \\(111: Connection refused\\)',
      cause: 'upstream-down',
      examples: [
        {
          line: '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream',
          source: 'https://github.com/nginx/nginx/blob/master/src/event/ngx_event_connect.c',
        },
      ],
      counterexamples: ['2024/08/15 14:30:50 [error] 3838#0: send() failed (111: Connection refused)'],
    },
  ],
});

test('a consistent article has no rule problems', () => {
  assert.deepEqual(checkArticleRules(valid()), []);
});

test('duplicate cause ids are reported on the second one', () => {
  const article = valid();
  article.causes.push({ id: 'upstream-down' });
  const [problem] = checkArticleRules(article);
  assert.deepEqual(problem?.path, ['causes', 2, 'id']);
  assert.match(problem.message, /cause id "upstream-down" is used twice/);
});

test('a pattern pointing to an unknown cause names the known ids', () => {
  const article = valid();
  article.patterns[0]!.cause = 'no-such-cause';
  const [problem] = checkArticleRules(article);
  assert.deepEqual(problem?.path, ['patterns', 0, 'cause']);
  assert.match(problem.message, /"no-such-cause".*Use one of the ids under causes: "upstream-down", "socket-permissions"/);
});

test('a regex that does not compile is reported with the engine message', () => {
  const article = valid();
  article.patterns[0]!.match = 'connect(failed';
  const [problem] = checkArticleRules(article);
  assert.deepEqual(problem?.path, ['patterns', 0, 'match']);
  assert.match(problem.message, /not a valid regular expression/);
});

test('an example that does not match and a counterexample that does are both reported', () => {
  const article = valid();
  article.patterns[0]!.examples.push({ line: 'this line says nothing relevant', source: 'https://example.org/report' });
  article.patterns[0]!.counterexamples.push('connect() failed (111: Connection refused)');
  const problems = checkArticleRules(article);
  assert.deepEqual(
    problems.map((p) => p.path),
    [
      ['patterns', 0, 'examples', 1],
      ['patterns', 0, 'counterexamples', 1],
    ],
  );
});

test('duplicate pattern ids are reported', () => {
  const article = valid();
  article.patterns.push({ ...article.patterns[0]! });
  assert.deepEqual(
    checkArticleRules(article).map((p) => p.path),
    [['patterns', 1, 'id']],
  );
});

test('the scaffold placeholder example is rejected with a hint to paste a real line', () => {
  const article = valid();
  article.patterns[0]!.examples = [{ line: 'REPLACE WITH A REAL LOG LINE', source: 'https://example.org/report' }];
  article.patterns[0]!.match = 'REPLACE';
  const [problem] = checkArticleRules(article);
  assert.deepEqual(problem?.path, ['patterns', 0, 'examples', 0]);
  assert.match(problem.message, /scaffold placeholder.*real log line/);
});

test('the scaffold placeholder source is rejected with a hint to say where the line is seen', () => {
  const article = valid();
  article.patterns[0]!.examples[0]!.source = EXAMPLE_SOURCE_PLACEHOLDER;
  assert.deepEqual(
    checkArticleRules(article).map((p) => [p.path, p.message]),
    [
      [
        ['patterns', 0, 'examples', 0, 'source'],
        `pattern "${article.patterns[0]!.id}" still has the scaffold's placeholder source. ` +
          `Put the https URL of the bug report, documentation page or source file where the line is seen.`,
      ],
    ],
  );
});
