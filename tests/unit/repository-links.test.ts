import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editPageUrl, reportProblemUrl, repositoryFromEnv, suggestArticleUrl } from '../../src/lib/site/repository-links.ts';

const repo = repositoryFromEnv({ REPO_URL: 'https://github.com/acme/wiki/', REPO_BRANCH: 'trunk' });

test('the edit link points at the article file on the configured branch', () => {
  assert.equal(
    editPageUrl(repo, 'src/content/articles/nginx-502-bad-gateway.mdx'),
    'https://github.com/acme/wiki/edit/trunk/src/content/articles/nginx-502-bad-gateway.mdx',
  );
});

test('no repository configured means no links', () => {
  const none = repositoryFromEnv({});
  assert.equal(editPageUrl(none, 'src/content/articles/x.mdx'), undefined);
  assert.equal(reportProblemUrl(none, 'X', 'https://example.org/x/'), undefined);
  assert.equal(suggestArticleUrl(none, 'line'), undefined);
});

test('the report link prefills the page title and URL', () => {
  const url = new URL(reportProblemUrl(repo, 'Nginx 502', 'https://errorcodes.wiki/web-server/nginx-502-bad-gateway/')!);
  assert.equal(url.pathname, '/acme/wiki/issues/new');
  assert.equal(url.searchParams.get('title'), 'Problem with: Nginx 502');
  assert.match(url.searchParams.get('body')!, /^Page: https:\/\/errorcodes\.wiki\/web-server\/nginx-502-bad-gateway\//);
});

test('the suggest link carries the log line verbatim inside a code fence', () => {
  const line = '2026/11/25 10:01:02 [error] 7#7: *3 something odd & <strange> "quoted"';
  const body = new URL(suggestArticleUrl(repo, line)!).searchParams.get('body')!;
  assert.ok(body.includes('```\n' + line + '\n```'));
  const fenced = new URL(suggestArticleUrl(repo, 'has ``` inside')!).searchParams.get('body')!;
  assert.ok(fenced.includes('~~~\nhas ``` inside\n~~~'));
});
