/**
 * Keeps the content data store out of the server bundle. Astro inlines its whole data store (every
 * entry's data and rendered body) into the bundle that prerenders the pages, as one string literal in
 * the module `astro:data-layer-content`; bundling that string costs memory in proportion to the corpus.
 * During `astro build` this integration points Astro's data-store modules at a module of its own, a few
 * lines that read the same file (`data-store.json` in the cache dir, written by the content sync just
 * before) when the pages render. Astro's module is then never loaded: loading it alone (reading the
 * file, parsing it to check it, quoting it into code) took about 1 GB for a moment at 20,000 articles.
 * The module's code no longer changes with the content, which is also how Astro's incremental build
 * treats content data (it is marked as such, as Astro marks its own version).
 *
 * It also lets go of the content sync's own copy of the store once the build starts. Astro keeps the
 * content layer of the sync (every entry) in a module-level singleton for the
 * dev server to sync again; `astro build` never uses it after the sync, yet it held a second copy of
 * the whole store while every page rendered (half the live heap then). With it gone, the sync's garbage is
 * collected at once, before the Vite builds add their own memory on top.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectGarbage } from './collect-garbage.ts';

const ASTRO_MODULE = 'astro:data-layer-content';
const OWN_MODULE = '\0error-codes-wiki:data-store-from-disk';
/** Astro's modules that import the data store (the immutable one at render time, the mutable one in sync). */
const IMPORTERS = /[\\/]astro[\\/]dist[\\/]content[\\/](mutable-)?data-store\.js$/;
const ASTRO_IMPORT = `import("${ASTRO_MODULE}")`;

interface ContentLayerSingleton {
  get(): unknown;
  dispose(): void;
}

/**
 * Astro's content-layer singleton, from the module its CLI loaded (not in its package exports; the path
 * is checked, so an Astro release that moves it fails the build here rather than silently keeping the copy).
 */
const astroRoot = () => dirname(createRequire(import.meta.url).resolve('astro/package.json'));

async function astroContentLayer(): Promise<ContentLayerSingleton> {
  const module = (await import(pathToFileURL(join(astroRoot(), 'dist/content/instance.js')).href)) as {
    globalContentLayer?: ContentLayerSingleton;
  };
  if (typeof module.globalContentLayer?.dispose !== 'function') throw new Error("Astro's content layer is no longer where expected");
  return module.globalContentLayer;
}

export default function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'error-codes-wiki:data-store-from-disk',
    hooks: {
      // Runs after the content sync has written data-store.json, before anything reads it.
      'astro:build:start': async ({ logger }) => {
        const contentLayer = await astroContentLayer();
        if (contentLayer.get() === null) logger.warn("no content layer to release: Astro's sync no longer keeps it here");
        contentLayer.dispose();
        // The sync's garbage (its serialized store, the entries it let go) would otherwise sit under the
        // Vite builds' own memory.
        collectGarbage();
      },
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        // The store as the Map Astro builds from the file (devalue's format), Astro's own devalue doing it:
        // exporting the parsed JSON instead kept that flat copy alive beside the Map for the whole build.
        const devalue = createRequire(join(astroRoot(), 'package.json')).resolve('devalue');
        // Then the file's text and the flat array parsed from it (together more than the Map itself) are
        // collected at once, before the pages' own data (every route's paths) is allocated on top of them.
        const collector = fileURLToPath(new URL('collect-garbage.ts', import.meta.url));
        const code = [
          `import { readFileSync } from 'node:fs';`,
          `import { unflatten } from ${JSON.stringify(devalue)};`,
          `import { collectGarbage } from ${JSON.stringify(collector)};`,
          `const store = unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
          `collectGarbage();`,
          `export default store;`,
          '',
        ].join('\n');
        const meta = { astroIncremental: { kind: 'content-data' } };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'error-codes-wiki:data-store-from-disk',
                enforce: 'pre',
                transform(source, id) {
                  if (IMPORTERS.test(id)) {
                    // Astro's plugins come before a config's, so its own load of the module cannot be
                    // pre-empted; the import is renamed instead, in the one place it is written.
                    if (!source.includes(ASTRO_IMPORT)) throw new Error(`${id} no longer imports ${ASTRO_MODULE} as expected`);
                    return { code: source.replaceAll(ASTRO_IMPORT, `import(${JSON.stringify(OWN_MODULE)})`), map: null };
                  }
                  // Should another module import Astro's, it is still replaced before the bundler parses it.
                  if (id === `\0${ASTRO_MODULE}`) return { code, meta };
                  return null;
                },
                resolveId: (id) => (id === OWN_MODULE ? { id: OWN_MODULE, meta } : null),
                load: (id) => (id === OWN_MODULE ? { code, meta } : null),
              },
            ],
          },
        });
      },
    },
  };
}
