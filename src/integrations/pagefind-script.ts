/**
 * Minifies Pagefind's browser script before it is written. Pagefind ships `pagefind.js` with its
 * whitespace removed but its local names long; every first search downloads it, and renaming those
 * names (esbuild, which the build already uses) takes about an eighth off its gzipped size. Property
 * names, which the WebAssembly glue looks up, are left alone, and the module's exports stay as they
 * are. The e2e search tests run against the minified script.
 */
import { transform } from 'esbuild';
import type { PagefindFile } from './pagefind-files.ts';

/** The script the site loads; Pagefind's UI bundles and its worker are not used (pagefind-client.ts sets noWorker). */
const LOADED_SCRIPT = 'pagefind.js';

export async function minifyPagefindScript(files: PagefindFile[]): Promise<PagefindFile[]> {
  const script = files.find((file) => file.path === LOADED_SCRIPT);
  if (!script) throw new Error(`Pagefind index: ${LOADED_SCRIPT} is missing`);
  const { code } = await transform(new TextDecoder().decode(script.content), { loader: 'js', minify: true });
  return files.map((file) => (file === script ? { path: file.path, content: new TextEncoder().encode(code) } : file));
}
