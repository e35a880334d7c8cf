import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy, metaContentSecurityPolicy, POLICY, SECURITY_HEADERS } from '../../src/lib/seo/security-policy.ts';

const NGINX_CONF = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');

/** `add_header Name "value" always;` lines of the deploy config, as name → value. */
function nginxHeaders(): Map<string, string> {
  const headers = new Map<string, string>();
  for (const match of NGINX_CONF.matchAll(/^\s*add_header\s+(\S+)\s+("([^"]*)"|(\S+))\s+always;$/gm)) {
    headers.set(match[1]!, match[3] ?? match[4]!);
  }
  return headers;
}

test('deploy/nginx.conf sends exactly the security headers the site defines', () => {
  const headers = nginxHeaders();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers.get(name), value, name);
});

test('every add_header in deploy/nginx.conf is at server level and uses always', () => {
  const all = NGINX_CONF.match(/^\s*add_header\b.*$/gm) ?? [];
  assert.equal(all.length, nginxHeaders().size, 'an add_header line without `always` or with an unexpected shape');
  // A location with its own add_header would drop the server's headers (nginx inheritance rule).
  const code = NGINX_CONF.replace(/#.*$/gm, '');
  const locations = code.match(/^\s*location\b[^{]*\{[^}]*\}/gm) ?? [];
  assert.ok(locations.length > 0);
  for (const block of locations) assert.doesNotMatch(block, /add_header/);
});

test('the policy allows no inline or eval scripts, and no plugins, framing or foreign origins', () => {
  const policy = contentSecurityPolicy();
  const scripts = POLICY.find(([name]) => name === 'script-src')![1];
  assert.deepEqual(scripts, ["'self'", "'wasm-unsafe-eval'"]);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-(inline|eval)'/);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.doesNotMatch(policy, /https?:|\*/, 'no other origin is allowed');
});

test('the <meta> policy is the header policy without frame-ancestors, which browsers ignore there', () => {
  assert.equal(metaContentSecurityPolicy(), contentSecurityPolicy().replace("; frame-ancestors 'none'", ''));
  assert.doesNotMatch(metaContentSecurityPolicy(), /frame-ancestors/);
});
