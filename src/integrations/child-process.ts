/**
 * Runs a post-build step (the search index, the link check) in a Node process of its own. When those
 * steps run, the Astro process still holds the whole build; what they allocate on top (every page read
 * again, Pagefind's output passed to Node as base64 and re-cut) would raise its peak, and at 5,000
 * articles that peak is the build's. The child module calls answerOneRequest; the parent calls
 * runInChildProcess with the child's file and gets back its one reply. Node runs the child from source.
 */
import { fork, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Reply<T> = { value: T } | { error: string };

export function runInChildProcess<Request extends Serializable, Result>(module: URL, request: Request): Promise<Result> {
  return new Promise((resolve, reject) => {
    // 'advanced' serialization carries Maps and Uint8Arrays, not only JSON.
    const child = fork(fileURLToPath(module), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    let reply: Reply<Result> | undefined;
    child.once('message', (message: Reply<Result>) => (reply = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!reply) reject(new Error(`${module.pathname} stopped without an answer (exit code ${code})`));
      else if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.value);
    });
    child.send(request);
  });
}

/** In the child: answers the parent's request once, with the result or the error, then lets the process end. */
export function answerOneRequest<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void {
  process.once('message', (request: Request) => {
    const answer = async (): Promise<Reply<Result>> => {
      try {
        return { value: await handle(request) };
      } catch (error) {
        return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
    };
    void answer().then((reply) => process.send!(reply, () => process.disconnect()));
  });
}
