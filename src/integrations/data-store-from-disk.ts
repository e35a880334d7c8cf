/**
 * Keeps the content data store out of the server bundle. Astro inlines its whole data store (every
 * entry's data and rendered body) into the bundle that prerenders the pages, as one string literal in
 * the module `astro:data-layer-content`; bundling that string costs memory in proportion to the corpus.
 * During `astro build` this integration replaces that module by a few lines that read the same file
 * (`data-store.json` in the cache dir, written by the content sync just before) when the pages render.
 * The module's code no longer changes with the content, which is also how Astro's incremental build
 * treats content data (it is marked as such, as Astro marks its own version).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const DATA_STORE_MODULE = '\0astro:data-layer-content';

export default function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'error-codes-wiki:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'error-codes-wiki:data-store-from-disk',
                enforce: 'pre',
                // Astro's own plugin loads the module first (its plugins come before a config's), so the
                // module is replaced in the transform step, before the bundler parses it.
                transform(_code, id) {
                  if (id !== DATA_STORE_MODULE) return null;
                  return {
                    code:
                      `import { readFileSync } from 'node:fs';\n` +
                      `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
                    meta: { astroIncremental: { kind: 'content-data' } },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
