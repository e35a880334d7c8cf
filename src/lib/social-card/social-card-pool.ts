/**
 * Draws social cards in child processes, one per core. Astro renders a build's pages one at a time on
 * one thread, so cards drawn there would take turns on a single core while the others sit idle. They
 * are processes rather than worker threads so that what drawing holds (each drawer's JavaScript heap,
 * resvg's and satori's native memory: ≈ 0.3 GB for two) is not added to the Astro process, whose
 * memory is the build's peak at scale. Drawers start with the first card and stop when no card is
 * left, so they never hold a build or the dev server open.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CardText } from './render-social-card.ts';

// The drawer runs from source (Node strips the types). The site build imports this folder from source
// too (vite-plugin.ts), so this module's URL is its own file, in the build as in tests and `astro dev`.
const WORKER_FILE = fileURLToPath(new URL('./social-card-worker.ts', import.meta.url));

interface Job {
  card: CardText;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

const queue: Job[] = [];
let running = 0;

export function drawSocialCard(card: CardText): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ card, resolve, reject });
    if (running < availableParallelism()) startWorker();
  });
}

function startWorker() {
  running++;
  // 'advanced' serialization carries the PNG as bytes, not as JSON.
  const worker: ChildProcess = fork(WORKER_FILE, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  let job: Job | undefined;
  let done = false;
  const next = () => {
    job = queue.shift();
    if (job) return void worker.send(job.card);
    done = true;
    running--;
    worker.disconnect();
  };
  // A drawer that crashes (or cannot start) would crash the next one the same way: fail every card.
  const failAll = (error: Error) => {
    for (const failed of [job, ...queue.splice(0)]) failed?.reject(error);
    job = undefined;
  };
  worker.on('message', (reply: { png: Uint8Array } | { error: string }) => {
    // A drawer replies once for each card it was sent, and is sent one at a time: `job` is that card.
    if (job && 'png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else if (job && 'error' in reply) job.reject(new Error(`social card "${job.card.title}" failed: ${reply.error}`));
    next();
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (done) return;
    running--;
    failAll(new Error(`the social-card process stopped (exit code ${code})`));
  });
  next();
}
