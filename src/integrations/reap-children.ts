/**
 * Waits until a child process of this one has exited. Pagefind's `close()` kills its binary without
 * waiting for it; if this process ends first, the binary is reaped by init, outside the build's
 * process tree, so the build's resource usage (GNU time, `getrusage(RUSAGE_CHILDREN)`) misses its
 * memory and CPU time, the largest of the whole build at 20,000 articles. Node reaps a child whose
 * exit it sees while its event loop still runs, which the polling here keeps doing.
 * Linux only (/proc); elsewhere it finds no children and returns at once.
 */
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * This process's children whose executable's file name starts with `name` (the command name alone would
 * not do: Node 24 renames its main thread "MainThread"). Others must not be waited for: esbuild's
 * service, for one, lives as long as this process.
 */
export function childPids(name: string): number[] {
  let pids: number[];
  try {
    // Node spawns from its main thread, whose id is the process id.
    pids = readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return pids.filter((pid) => programName(pid)?.startsWith(name));
}

/** A child that has exited but is not reaped yet has no executable any more, only its command name. */
function programName(pid: number): string | undefined {
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      return undefined; // reaped meanwhile
    }
  }
}

/** Resolves once every given process is gone (reaped, not merely a zombie), or after `timeoutMs`. */
export async function waitForExit(pids: number[], timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (pids.some((pid) => existsSync(`/proc/${pid}`)) && performance.now() < deadline) await sleep(20);
}
