/**
 * One full garbage collection, now. Node offers `gc` only behind `--expose-gc`, which `astro build` is not
 * started with; setting the flag at run time exposes it in contexts created afterwards, so a new context
 * hands it over, and the flag is set back.
 *
 * Used where the build has just let go of large, short-lived data (the content sync's, data-store-from-disk.ts;
 * what rendering the bodies left, article-loader.ts):
 * V8 collects such garbage only some time later, and until then it sits under whatever the build
 * allocates next. The V8 heap keeps the pages it grew to, so the process's memory follows the most the
 * heap ever held, garbage included.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  try {
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') (gc as () => void)();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
