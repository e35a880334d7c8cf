/**
 * Builds the Pagefind search index over the finished site, so every `astro build` (and therefore
 * `npm start`) ships a searchable dist/. Pages opt in with `data-pagefind-body`; everything else
 * (navigation, footers, the tag and A–Z lists) stays out of the index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { splitIndexChunks } from './pagefind-chunks.ts';
import { emptyFragmentText } from './pagefind-fragments.ts';
import { minifyPagefindScript } from './pagefind-script.ts';

/**
 * Parts inside an indexed body that are not what a reader searches for: breadcrumbs and other
 * navigation, the tag and edit-link footer, copy buttons, the log-checker widget at the end of each
 * article, and the `#` self-links in cause headings (they would end up in section titles as "… #").
 */
export const NOT_CONTENT = ['nav', 'footer', 'button', '[data-log-checker]', 'h2 > a[href^="#"]', 'h3 > a[href^="#"]'];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'error-codes-wiki:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_CONTENT });
          if (!index) return fail('start', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail('index the site', added.errors);
          if (added.page_count === 0) fail('find pages', [`no HTML files in ${site}`]);
          const built = await index.getFiles();
          if (built.errors.length > 0) fail('build the index', built.errors);
          const output = join(site, 'pagefind');
          await rm(output, { recursive: true, force: true });
          for (const file of await minifyPagefindScript(emptyFragmentText(splitIndexChunks(built.files)))) {
            const path = join(output, file.path);
            await mkdir(dirname(path), { recursive: true });
            await writeFile(path, file.content);
          }
          logger.info(`read ${added.page_count} pages, wrote the search index to ${output}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
