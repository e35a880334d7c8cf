/**
 * The articles collection's loader. Like Astro's `glob()` it reads every `.mdx` file, validates the
 * front matter with the collection schema and keeps unchanged entries from the last build; unlike it,
 * it renders the body to HTML right here (`src/integrations/article-body/`) and writes that HTML to a
 * file of its own beside the data store (article-body-file.ts), named by the entry's digest. Pages then
 * render that HTML instead of importing one compiled module per article, which is what made the build's
 * memory rise with the corpus; keeping it out of the store keeps it out of memory too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { renderArticleBody } from '../integrations/article-body/render-article-body.ts';
import { collectGarbage } from '../integrations/collect-garbage.ts';
import { splitFrontMatter } from '../lib/content/front-matter.ts';
import { articleBodyDir, articleBodyFile } from './article-body-file.ts';

/** Files whose code decides the rendered HTML: a change to any of them re-renders every article. */
const RENDERER_FILES = [
  '../integrations/article-body/render-article-body.ts',
  '../integrations/article-body/components.ts',
  '../integrations/article-body/html.ts',
  '../components/code-block-html.ts',
  '../components/code-classes.ts',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));

function rendererKey(): string {
  const hash = createHash('sha256');
  for (const file of RENDERER_FILES) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Rendering a body leaves garbage that only a full collection frees (each body's compiled MDX is code,
 * kept in V8's old generation), and V8 lets the heap grow with what it holds before it runs one: over a
 * large corpus the heap grew to several times the store it was building, and the process keeps the
 * memory its heap once reached. A full collection every so many bodies keeps it near the store's size.
 */
const RENDERS_BETWEEN_COLLECTIONS = 1000;

const listMdx = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort();

export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'article-loader',
    load: async (context: LoaderContext) => {
      const { config, store, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const key = rendererKey();
      const untouched = new Set(store.keys());
      const bodies = fileURLToPath(articleBodyDir(config.cacheDir));
      mkdirSync(bodies, { recursive: true });
      const digests = new Set<string>();

      /** Reads one article; renders it unless its entry and body are unchanged, and returns the entry to store. */
      const sync = async (name: string) => {
        const id = name.replace(/\.mdx$/, '');
        untouched.delete(id);
        const file = join(dir, name);
        const source = await readFile(file, 'utf8');
        const digest = context.generateDigest(`${key}\n${source}`);
        digests.add(digest);
        const body = articleBodyFile(config.cacheDir, digest);
        if (store.get(id)?.digest === digest && existsSync(body)) return undefined;
        const filePath = relative(root, file).split('\\').join('/');
        const { data, html } = await readEntry(context, { id, file, filePath, source });
        await writeFile(body, html);
        return { id, filePath, digest, data };
      };

      // Stored all at once when every body is rendered: Astro saves the whole store (serialized in one
      // piece) half a second after its last change, so entries stored one by one let every pause that
      // long, on a busy machine or for a garbage collection, save the store again mid-load.
      const entries: NonNullable<Awaited<ReturnType<typeof sync>>>[] = [];
      for (const name of listMdx(dir)) {
        const entry = await sync(name);
        if (!entry) continue;
        entries.push(entry);
        if (entries.length % RENDERS_BETWEEN_COLLECTIONS === 0) collectGarbage();
      }
      // What rendering the last bodies left is collected too, before Astro serializes the store.
      collectGarbage();
      for (const entry of entries) store.set(entry);
      for (const id of untouched) store.delete(id);
      // Bodies of articles deleted or changed since the last load.
      for (const name of readdirSync(bodies)) if (!digests.has(name.replace(/\.html$/, ''))) rmSync(join(bodies, name), { force: true });

      if (!watcher) return;
      watcher.add(dir);
      const onChange = async (changed: string) => {
        const name = relative(dir, changed);
        if (name.startsWith('..') || !name.endsWith('.mdx')) return;
        try {
          const entry = await sync(name);
          if (entry) store.set(entry);
          logger.info(`Reloaded ${name}`);
        } catch (error) {
          logger.error(`Failed to reload ${name}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', (changed) => void onChange(changed));
      watcher.on('add', (added) => void onChange(added));
      watcher.on('unlink', (deleted) => {
        const name = relative(dir, deleted);
        if (!name.startsWith('..') && name.endsWith('.mdx')) store.delete(name.replace(/\.mdx$/, ''));
      });
    },
  };
}

interface SourceFile {
  id: string;
  file: string;
  filePath: string;
  source: string;
}

/** Parses, validates and renders one article; every error names the file. */
async function readEntry(context: LoaderContext, { id, file, filePath, source }: SourceFile) {
  const parts = splitFrontMatter(source);
  if (!parts) throw new Error(`${filePath}: no front matter: the file must start with a --- block.`);
  let frontMatter: unknown;
  try {
    frontMatter = parse(parts.yaml);
  } catch (error) {
    throw new Error(`${filePath}: invalid YAML front matter: ${(error as Error).message}`, { cause: error });
  }
  if (typeof frontMatter !== 'object' || frontMatter === null || Array.isArray(frontMatter)) {
    throw new Error(`${filePath}: the front matter must be a YAML mapping of fields.`);
  }
  const data = await context.parseData({ id, data: frontMatter as Record<string, unknown>, filePath: file });
  let html: string;
  try {
    ({ html } = await renderArticleBody(parts.body, context.config.site ? new URL(context.config.site) : undefined));
  } catch (error) {
    throw new Error(`${filePath}: the MDX body could not be rendered: ${(error as Error).message}`, { cause: error });
  }
  // Neither the raw body nor a second copy of the front matter is stored: pages read `data` and the
  // HTML (written beside the store), and every byte stored is held in memory while pages render.
  return { data, html };
}
