/**
 * Keeps this folder out of Vite's server bundle in `astro build`: the card route imports it by file
 * URL and Node runs it from source (stripping the types), so `import.meta.url` is each module's own
 * file. That is how the pool finds its worker and the cache hashes the renderer's source; bundled, the
 * URL would be a chunk's in the build output, where neither exists.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const FOLDER = fileURLToPath(new URL('.', import.meta.url));

export function socialCardsFromSource(): Plugin {
  return {
    name: 'social-cards-from-source',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const file = resolve(dirname(importer), source);
      return file.startsWith(FOLDER) ? { id: pathToFileURL(file).href, external: true } : null;
    },
  };
}
