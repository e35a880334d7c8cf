/**
 * Samples the memory of a process and all its descendants from /proc (Linux), for the build-scaling
 * bench. GNU time reports the largest single process that was reaped inside the tree; what a build
 * machine needs is the most the processes held at the same moment (Astro, the index and link-check
 * children and Pagefind's binary run side by side), so this adds up their resident memory every
 * sample. Each process's own peak comes from its VmHWM, which the kernel keeps, so it is exact but for
 * the last interval of a process's life.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface TreeMemory {
  /** Largest sum of resident memory over the tree, in MB, at one sample. */
  sumMb: number;
  /** The process with the highest peak (VmHWM), e.g. "pagefind_extended" or "node astro.mjs build". */
  largest: { name: string; mb: number };
}

const kbField = (status: string, field: string) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** A short name from the command line: the program, and for Node the script and its first argument. */
function processName(pid: number): string {
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const program = basename(argv[0] ?? '?');
  return program === 'node' ? [program, ...argv.slice(1, 3).map((arg) => basename(arg))].join(' ') : program;
}

/** Every process's parent, read from /proc/<pid>/stat (the field after the parenthesised command name). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parentOf;
}

function descendants(root: number): number[] {
  const parentOf = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** Starts sampling `root` and its descendants every `intervalMs`; `stop()` returns the peaks. */
export function sampleTreeMemory(root: number, intervalMs = 250): { stop: () => TreeMemory } {
  const peaks = new Map<number, { name: string; kb: number }>();
  let sumKb = 0;
  const sample = () => {
    let totalKb = 0;
    for (const pid of descendants(root)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        totalKb += kbField(status, 'VmRSS');
        const kb = kbField(status, 'VmHWM');
        // Named when its peak grows: a child first seen between fork and exec still shows its parent's command.
        if (kb > (peaks.get(pid)?.kb ?? 0)) peaks.set(pid, { name: processName(pid), kb });
      } catch {
        // Gone already.
      }
    }
    sumKb = Math.max(sumKb, totalKb);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const largest = [...peaks.values()].reduce((a, b) => (b.kb > a.kb ? b : a), { name: '?', kb: 0 });
      return { sumMb: sumKb / 1024, largest: { name: largest.name, mb: largest.kb / 1024 } };
    },
  };
}
