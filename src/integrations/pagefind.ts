/**
 * Builds the Pagefind search index over the finished site (pagefind-index.ts), so every `astro build`
 * (and therefore `npm start`) ships a searchable dist/. It runs in a child process (pagefind-process.ts)
 * so that what it allocates does not add to the Astro process's memory.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runInChildProcess } from './child-process.ts';
import type { IndexSummary } from './pagefind-index.ts';

const INDEX_PROCESS = new URL('./pagefind-process.ts', import.meta.url);

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'error-codes-wiki:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, parts, output, seconds } = await runInChildProcess<string, IndexSummary>(INDEX_PROCESS, fileURLToPath(dir));
        const s = (value: number) => `${value.toFixed(1)} s`;
        logger.info(
          `read ${pages} pages (${s(seconds.read)}), built the index (${s(seconds.build)}${parts > 1 ? `, in ${parts} parts` : ''}), ` +
            `re-cut and wrote it to ${output} (${s(seconds.rewrite)})`,
        );
      },
    },
  };
}
