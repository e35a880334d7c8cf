/**
 * After every build, checks the finished site the way a reader would click through it: each internal
 * link and `#anchor` in each page (and each URL in sitemap.xml and feed.xml) must lead to a built page
 * or file, page links must end in a slash (the site's URL policy), and external links must carry
 * rel="noopener". Any problem fails the build, naming the page and the link. External URLs are listed
 * in a report, never fetched: the build must not depend on other people's servers.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities, scanHtml, type PageLink } from '../lib/seo/scan-html.ts';

export interface LinkProblem {
  /** Site path of the page (or XML file) that holds the link. */
  page: string;
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  problems: LinkProblem[];
  /** External URL → the pages that link to it. */
  external: Map<string, string[]>;
}

/** Built output that is not a page: Pagefind's index fragments and scripts. */
const NOT_PAGES = ['pagefind'];
/** Machine-readable files whose URLs must resolve too. */
const XML_FILES = ['sitemap.xml', 'feed.xml'];
const IGNORED_SCHEMES = /^(mailto|tel|data|blob):/i;

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (dir === root && NOT_PAGES.includes(name)) return [];
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

/** `web-server/x/index.html` → `/web-server/x/`; `404.html` → `/404.html`. */
const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export function checkBuiltSite(dir: string, site: URL): LinkReport {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`link check: ${dir} has no index.html; is it a built site?`);
  const files = new Set(listFiles(dir));
  const htmlFiles = [...files].filter((file) => file.endsWith('.html'));
  // Most links repeat on every page (header, footer, tags): each distinct one is kept once, so the
  // memory this takes grows with the distinct links, not with pages × links.
  const distinct = new Map<string, PageLink>();
  const intern = (link: PageLink) => {
    const key = `${link.source}\u0000${link.url}\u0000${link.rel.join(' ')}`;
    const known = distinct.get(key);
    if (known) return known;
    distinct.set(key, link);
    return link;
  };
  const scans = new Map(
    htmlFiles.map((file) => {
      const { links, anchors } = scanHtml(readFileSync(join(dir, file), 'utf8'));
      return [file, { links: links.map(intern), anchors }];
    }),
  );
  const problems: LinkProblem[] = [];
  const external = new Map<string, string[]>();

  const check = (page: string, link: PageLink) => {
    const problem = (reason: string) => problems.push({ page, link: link.url, reason: `${link.source}: ${reason}` });
    if (link.url === '') return problem('the link is empty');
    if (IGNORED_SCHEMES.test(link.url)) return;
    if (/^javascript:/i.test(link.url)) return problem('javascript: URLs are blocked by the Content-Security-Policy');
    const target = new URL(link.url, new URL(page, site));
    if (target.origin !== site.origin) {
      if (!/^https?:$/.test(target.protocol)) return problem(`unsupported scheme ${target.protocol}`);
      external.set(target.href, [...(external.get(target.href) ?? []), page]);
      if (link.source === 'a[href]' && !link.rel.includes('noopener')) problem('external link without rel="noopener"');
      return;
    }
    const path = decodeURIComponent(target.pathname);
    let file: string;
    if (path.endsWith('/')) file = `${path.slice(1)}index.html`;
    else if (files.has(path.slice(1))) file = path.slice(1);
    else if (files.has(`${path.slice(1)}/index.html`)) return problem(`page URLs end in a slash: link to ${path}/`);
    else return problem(`no page or file at ${path}`);
    if (!files.has(file)) return problem(`no page or file at ${path}`);
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && file.endsWith('.html') && !scans.get(file)!.anchors.has(fragment)) {
      problem(`${path} has no element with id="${fragment}"`);
    }
  };

  for (const [file, scan] of scans) for (const link of scan.links) check(pagePath(file), link);
  for (const file of XML_FILES.filter((name) => files.has(name))) {
    const xml = readFileSync(join(dir, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>|\bhref="([^"]*)"/g)) {
      check(`/${file}`, { url: decodeEntities(match[1] ?? match[2] ?? ''), source: match[1] === undefined ? 'href' : '<loc>', rel: [] });
    }
  }
  return { pages: htmlFiles.length, problems, external };
}

/** One line per broken link, naming every page that has it (a broken header link is on all of them). */
export function formatProblems(problems: LinkProblem[]): string {
  const byLink = new Map<string, Set<string>>();
  for (const { page, link, reason } of problems) {
    const key = `"${link}" — ${reason}`;
    byLink.set(key, (byLink.get(key) ?? new Set()).add(page));
  }
  return [...byLink].map(([key, pages]) => `${key}; on ${[...pages].join(', ')}`).join('\n  ');
}

export default function linkCheck(): AstroIntegration {
  let site = new URL('http://localhost/');
  let reportDir = '';
  return {
    name: 'error-codes-wiki:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
        reportDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = checkBuiltSite(fileURLToPath(dir), site);
        if (report.problems.length > 0) {
          throw new Error(`Broken links in the built site:\n  ${formatProblems(report.problems)}`);
        }
        mkdirSync(reportDir, { recursive: true });
        const listPath = join(reportDir, 'external-links.txt');
        writeFileSync(listPath, [...report.external].map(([url, pages]) => `${url}\t${pages.join(' ')}`).join('\n') + '\n');
        logger.info(
          `${report.pages} pages: every internal link and anchor resolves; ${report.external.size} external URLs listed (not fetched) in ${relative(process.cwd(), listPath)}`,
        );
      },
    },
  };
}
