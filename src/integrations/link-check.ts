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
import { decodeEntities, scanHtml, type PageLink, type PageScan } from '../lib/seo/scan-html.ts';
import { runInChildProcess } from './child-process.ts';
import type { CheckRequest, CheckResult } from './link-check-process.ts';

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

/** A link's verdict: a problem, an external URL to list, or neither (it resolves, or is ignored). */
interface Outcome {
  problem?: string;
  external?: string;
}

/** Links that resolve the same from every page (root-relative or absolute): their verdict is worked out once. */
const PAGE_INDEPENDENT = /^(\/(?!\/)|[a-z][a-z\d+.-]*:)/i;

const scanFile = (bytes: Buffer) => scanHtml(bytes.toString('utf8'));

/** `scan` reads one page; the build passes a cached one (link-scan-cache.ts), which returns the same. */
export function checkBuiltSite(dir: string, site: URL, scan: (page: Buffer) => PageScan = scanFile): LinkReport {
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
      const { links, anchors } = scan(readFileSync(join(dir, file)));
      return [file, { links: links.map(intern), anchors }];
    }),
  );
  const problems: LinkProblem[] = [];
  const external = new Map<string, string[]>();

  const judge = (page: string, link: PageLink): Outcome => {
    const problem = (reason: string): Outcome => ({ problem: `${link.source}: ${reason}` });
    if (link.url === '') return problem('the link is empty');
    if (IGNORED_SCHEMES.test(link.url)) return {};
    if (/^javascript:/i.test(link.url)) return problem('javascript: URLs are blocked by the Content-Security-Policy');
    const target = new URL(link.url, new URL(page, site));
    if (target.origin !== site.origin) {
      if (!/^https?:$/.test(target.protocol)) return problem(`unsupported scheme ${target.protocol}`);
      if (link.source === 'a[href]' && !link.rel.includes('noopener')) {
        return { ...problem('external link without rel="noopener"'), external: target.href };
      }
      return { external: target.href };
    }
    const path = decodeURIComponent(target.pathname);
    let file: string;
    if (path.endsWith('/')) file = `${path.slice(1)}index.html`;
    else if (files.has(path.slice(1))) file = path.slice(1);
    else if (files.has(`${path.slice(1)}/index.html`)) return problem(`page URLs end in a slash: link to ${path}/`);
    else return problem(`no page or file at ${path}`);
    if (!files.has(file)) return problem(`no page or file at ${path}`);
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && file.endsWith('.html') && !scans.get(file)?.anchors.has(fragment)) {
      return problem(`${path} has no element with id="${fragment}"`);
    }
    return {};
  };
  // The header, footer and tag links repeat on every page: each distinct one is judged once.
  const judged = new Map<PageLink, Outcome>();
  const check = (page: string, link: PageLink): void => {
    let outcome = judged.get(link);
    if (!outcome) {
      outcome = judge(page, link);
      if (PAGE_INDEPENDENT.test(link.url)) judged.set(link, outcome);
    }
    if (outcome.external !== undefined) {
      const pages = external.get(outcome.external);
      if (pages) pages.push(page);
      else external.set(outcome.external, [page]);
    }
    if (outcome.problem !== undefined) problems.push({ page, link: link.url, reason: outcome.problem });
  };

  for (const [file, scan] of scans) for (const link of scan.links) check(pagePath(file), link);
  for (const file of XML_FILES.filter((name) => files.has(name))) {
    const xml = readFileSync(join(dir, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>|\bhref="([^"]*)"/g)) {
      check(
        `/${file}`,
        intern({ url: decodeEntities(match[1] ?? match[2] ?? ''), source: match[1] === undefined ? 'href' : '<loc>', rel: [] }),
      );
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

const CHECK_PROCESS = new URL('./link-check-process.ts', import.meta.url);

/** checkBuiltSite with the scans kept between builds, in a child process (link-check-process.ts). */
export const checkInOwnProcess = (request: CheckRequest) => runInChildProcess<CheckRequest, CheckResult>(CHECK_PROCESS, request);

export default function linkCheck(): AstroIntegration {
  let site = new URL('http://localhost/');
  let cacheDir = '';
  return {
    name: 'error-codes-wiki:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        mkdirSync(cacheDir, { recursive: true });
        const cacheFile = join(cacheDir, 'link-scans.json');
        const report = await checkInOwnProcess({ dir: fileURLToPath(dir), site: site.href, cacheFile });
        if (report.problems.length > 0) {
          throw new Error(`Broken links in the built site:\n  ${formatProblems(report.problems)}`);
        }
        const listPath = join(cacheDir, 'external-links.txt');
        writeFileSync(listPath, [...report.external].map(([url, pages]) => `${url}\t${pages.join(' ')}`).join('\n') + '\n');
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${report.pages} pages in ${seconds} s (${report.scanned} scanned, the rest unchanged since the last build): ` +
            `every internal link and anchor resolves; ${report.external.size} external URLs listed (not fetched) in ` +
            relative(process.cwd(), listPath),
        );
      },
    },
  };
}
