/**
 * How a process ended, as logs report it: killed by a signal (`exited on signal 11`, `code=killed,
 * status=9/KILL`, `terminated by signal 9`) or with an exit status that means something beyond "failed"
 * (a shell's 126, 127 and 128 + signal, e.g. `exit code 137`; systemd's own 200–243, e.g.
 * `code=exited, status=203/EXEC`). Other statuses (1, 2 …) only say the program failed: they are marked
 * `generic`, and reported only when an article is their hub. Signal numbers are the Linux x86/ARM ones
 * (signal(7)).
 */

interface SignalEntry {
  name: string;
  meaning: string;
}

const SIGNALS: Record<number, SignalEntry> = {
  1: { name: 'SIGHUP', meaning: 'The terminal closed or the process was asked to reload; a program that does not handle it ends.' },
  2: { name: 'SIGINT', meaning: 'Interrupted from the keyboard (Ctrl+C).' },
  3: { name: 'SIGQUIT', meaning: 'Asked to quit with a core dump (Ctrl+\\).' },
  4: { name: 'SIGILL', meaning: 'The CPU met an illegal instruction: a binary built for a newer CPU, or memory corruption.' },
  5: { name: 'SIGTRAP', meaning: 'A debugger trap or breakpoint stopped the process.' },
  6: { name: 'SIGABRT', meaning: 'The program aborted itself: a failed assertion or a fatal error detected by its runtime or libc.' },
  7: { name: 'SIGBUS', meaning: 'A bad memory access: often a memory-mapped file that shrank, or a full /dev/shm.' },
  8: { name: 'SIGFPE', meaning: 'An arithmetic error such as an integer division by zero.' },
  9: { name: 'SIGKILL', meaning: 'Killed outright, without a chance to clean up: the OOM killer, a memory limit, or a stop that timed out.' },
  10: { name: 'SIGUSR1', meaning: 'A user-defined signal the program does not handle.' },
  11: { name: 'SIGSEGV', meaning: 'The process accessed memory it may not use and crashed (segmentation fault).' },
  12: { name: 'SIGUSR2', meaning: 'A user-defined signal the program does not handle.' },
  13: { name: 'SIGPIPE', meaning: 'The process wrote to a pipe or socket whose reader had gone.' },
  14: { name: 'SIGALRM', meaning: 'A timer the program set went off and it did not handle it.' },
  15: { name: 'SIGTERM', meaning: 'Asked to stop: a normal shutdown, a service stop, or a container stop.' },
  24: { name: 'SIGXCPU', meaning: 'The process used up its CPU time limit.' },
  25: { name: 'SIGXFSZ', meaning: 'The process tried to write a file larger than its size limit.' },
  31: { name: 'SIGSYS', meaning: 'A system call was refused, often by a seccomp filter (systemd SystemCallFilter=, a container profile).' },
};

const SIGNAL_NUMBERS = new Map(Object.entries(SIGNALS).map(([number, entry]) => [entry.name, Number(number)]));

/** The name of a signal by number (`SIGKILL` for 9), for the `fallback:` lists that name signals. */
export function signalName(number: number): string | undefined {
  return SIGNALS[number]?.name;
}

export function signalNumber(name: string): number | undefined {
  return SIGNAL_NUMBERS.get(name);
}

/** Meanings of systemd's own exit statuses (systemd.exec(5), "Process Exit Codes") that come up most. */
const SYSTEMD_MEANINGS: Record<string, string> = {
  CHDIR: 'systemd could not change to the WorkingDirectory= of the service.',
  EXEC: 'systemd could not run the program of ExecStart=: the path is wrong, the file is not executable, or its interpreter is missing.',
  MEMORY: 'systemd ran out of memory while starting the service.',
  NAMESPACE: 'systemd could not set up the file system namespace (ProtectSystem=, ReadWritePaths= …): a listed path is often missing.',
  USER: 'systemd could not switch to the User= of the service: the user does not exist.',
  GROUP: 'systemd could not switch to the Group= of the service: the group does not exist.',
  STDOUT: 'systemd could not set up the standard output of the service (StandardOutput=).',
  STDERR: 'systemd could not set up the standard error of the service (StandardError=).',
  CAPABILITIES: 'systemd could not apply the capability settings of the service.',
  SECCOMP: 'systemd could not apply the system call filter of the service.',
};

export interface ExitInfo {
  /** `exitStatus` or `signal`: which `fallback:` list the value is looked up in. */
  kind: 'exitStatus' | 'signal';
  status: number;
  label: string;
  meaning: string;
  /** A status that only says "failed" (its own program's convention decides what it means). */
  generic: boolean;
}

const exitStatus = (status: number, label: string, meaning: string, generic = false): ExitInfo => ({ kind: 'exitStatus', status, label, meaning, generic });

/** What an exit status says; null for 0 (success) and numbers no process can exit with. */
export function exitStatusInfo(status: number, systemdName?: string): ExitInfo | null {
  if (status < 1 || status > 255) return null;
  if (status >= 200 && status <= 243 && systemdName) {
    const meaning = SYSTEMD_MEANINGS[systemdName] ?? `systemd failed at its ${systemdName} step while setting up the process, before the program ran.`;
    return exitStatus(status, `exit status ${status}/${systemdName}`, meaning);
  }
  if (status === 126) return exitStatus(status, 'exit status 126', 'The command was found but could not be run: it is not executable, or permission is denied.');
  if (status === 127) return exitStatus(status, 'exit status 127', 'The command was not found: the program is missing from the PATH or the image.');
  const signal = status > 128 ? SIGNALS[status - 128] : undefined;
  if (signal) return exitStatus(status, `exit status ${status} (${signal.name})`, `128 + ${status - 128}: ended by ${signal.name}. ${signal.meaning}`);
  const name = systemdName ? `/${systemdName}` : '';
  return exitStatus(status, `exit status ${status}${name}`, 'The program reported a failure; its own messages just before this line usually say why.', true);
}

/** A signal as an exit reason. */
export function signalInfo(number: number): ExitInfo | null {
  const signal = SIGNALS[number];
  return signal ? { kind: 'signal', status: number, label: `${signal.name} (signal ${number})`, meaning: signal.meaning, generic: false } : null;
}

// systemd: `Main process exited, code=killed, status=9/KILL`, `code=exited, status=203/EXEC`, `code=dumped, status=11/SEGV`.
export const SYSTEMD_STATUS = /\bcode=(exited|killed|dumped), status=(\d{1,3})\/([A-Z_]{2,24})\b/;
// nginx `worker process 1234 exited on signal 9`, PHP-FPM `exited on signal 11 (SIGSEGV - core dumped)`,
// `killed by signal 9`, `terminated by signal 9: Killed`.
export const BY_SIGNAL = /\b(?:exited|killed|terminated|died) (?:on|by|with) signal (\d{1,2})\b/;
// docker compose `web_1 exited with code 137`, `exit code 137`, Go's `exit status 137`, docker ps `Exited (137)`.
export const EXIT_CODE = /\b(?:exit code|exit status|exited with code|Exited \() ?(\d{1,3})\b/;

/** The way the process ended that `line` reports, with its span, or null. Cheap texts first: most lines have none. */
export function findExit(line: string): (ExitInfo & { start: number; end: number }) | null {
  if (line.includes('status=')) {
    const match = SYSTEMD_STATUS.exec(line);
    if (match) {
      const status = Number(match[2]);
      const info = match[1] === 'exited' ? exitStatusInfo(status, match[3]) : signalInfo(status);
      if (info) return { ...info, start: match.index, end: match.index + match[0].length };
    }
  }
  if (line.includes(' signal ')) {
    const match = BY_SIGNAL.exec(line);
    const info = match && signalInfo(Number(match[1]));
    if (match && info) return { ...info, start: match.index, end: match.index + match[0].length };
  }
  if (line.includes('xit')) {
    const match = EXIT_CODE.exec(line);
    const info = match && exitStatusInfo(Number(match[1]));
    if (match && info) return { ...info, start: match.index, end: match.index + match[0].length };
  }
  return null;
}
