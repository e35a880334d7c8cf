/**
 * The search index built in a process of its own (child-process.ts): Pagefind hands its whole output
 * to Node as base64 in one message, and the re-cut holds it again, which would add to the Astro
 * process's peak at the end of a large build. Before answering, it waits for Pagefind's binary
 * (killed by `close()`) to exit (reap-children.ts), so the build counts its memory and CPU time.
 */
import { answerOneRequest } from './child-process.ts';
import { writeSearchIndex } from './pagefind-index.ts';
import { childPids, waitForExit } from './reap-children.ts';

answerOneRequest(async (site: string) => {
  try {
    return await writeSearchIndex(site);
  } finally {
    // "pagefind" or "pagefind_extended"; a binary already reaped is no longer listed, and is counted already.
    await waitForExit(childPids('pagefind'));
  }
});
