import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceLabel } from '../../src/lib/content/source-label.ts';

test('source label names a GitHub issue or pull request by repository and number', () => {
  assert.equal(sourceLabel('https://github.com/docker/for-linux/issues/705'), 'docker/for-linux issue #705');
  assert.equal(sourceLabel('https://github.com/kubernetes/kubernetes/pull/113216'), 'kubernetes/kubernetes pull request #113216');
});

test('source label names a source file by repository and path, without the branch or commit', () => {
  assert.equal(
    sourceLabel('https://github.com/nginx/nginx/blob/master/src/http/ngx_http_upstream.c'),
    'nginx/nginx: src/http/ngx_http_upstream.c',
  );
  assert.equal(sourceLabel('https://gitlab.com/owner/project/-/blob/0123abc/src/main.c#L10'), 'owner/project: src/main.c');
});

test('source label keeps host and path of other pages', () => {
  assert.equal(
    sourceLabel('https://www.postgresql.org/docs/current/auth-pg-hba-conf.html'),
    'postgresql.org/docs/current/auth-pg-hba-conf.html',
  );
  assert.equal(sourceLabel('https://nginx.org/'), 'nginx.org');
});
