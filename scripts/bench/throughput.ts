/**
 * Lines per second of some work over a paste, best of several runs, by wall clock and by the CPU time
 * the process used: the second stays meaningful when other work shares the machine's cores.
 */
export function linesPerSecond(work: () => void, lines: number, runs = 5): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    work();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall: Math.round(lines / (wall / 1000)), cpu: Math.round(lines / (cpu / 1000)) };
}
