/**
 * A short, readable name for the address an example line was seen at, used as the link text in an
 * article's "Seen in the wild" list: `nginx/nginx: src/http/ngx_http_upstream.c`,
 * `docker/for-linux issue #705`, `dev.mysql.com/doc/…`. Each link then says where it goes, which a
 * screen reader's list of links needs (a column of "source" links would all sound the same).
 */
const GITHUB_KINDS: Record<string, string> = { issues: 'issue', pull: 'pull request', discussions: 'discussion' };

export function sourceLabel(address: string): string {
  const url = new URL(address);
  const host = url.hostname.replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if ((host === 'github.com' || host === 'gitlab.com') && parts.length >= 2) {
    const repo = `${parts[0]}/${parts[1]}`;
    const rest = parts.slice(2).filter((part) => part !== '-');
    const kind = GITHUB_KINDS[rest[0] ?? ''];
    if (kind && rest[1]) return `${repo} ${kind} #${rest[1]}`;
    // blob/<ref>/<path>: the ref (a branch or commit) says nothing to a reader, the path does.
    if ((rest[0] === 'blob' || rest[0] === 'tree') && rest.length > 2) return `${repo}: ${rest.slice(2).join('/')}`;
    return repo;
  }
  const path = parts.join('/');
  return path ? `${host}/${path}` : host;
}
