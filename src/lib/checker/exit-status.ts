/**
 * How a process ended, as logs report it: killed by a signal (`exited on signal 11`, `code=killed,
 * status=9/KILL`, `terminated by signal 9`) or with an exit status that means something beyond "failed"
 * (a shell's 126, 127 and 128 + signal, e.g. `exit code 137`; systemd's own 200–243, e.g.
 * `code=exited, status=203/EXEC`). Other statuses (1, 2 …) only say the program failed: they are marked
 * `generic`, and reported only when an article is their hub. Signal numbers are the Linux x86/ARM ones
 * (signal(7)); what each means comes with the rules (system-meanings.ts).
 */
import type { SystemMeanings } from './types.ts';

const SIGNAL_NAMES: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  4: 'SIGILL',
  5: 'SIGTRAP',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  11: 'SIGSEGV',
  12: 'SIGUSR2',
  13: 'SIGPIPE',
  14: 'SIGALRM',
  15: 'SIGTERM',
  24: 'SIGXCPU',
  25: 'SIGXFSZ',
  31: 'SIGSYS',
};
const SIGNAL_NUMBERS = new Map(Object.entries(SIGNAL_NAMES).map(([number, name]) => [name, Number(number)]));

/** The name of a signal by number (`SIGKILL` for 9), for the `fallback:` lists that name signals. */
export function signalName(number: number): string | undefined {
  return SIGNAL_NAMES[number];
}

export function signalNumber(name: string): number | undefined {
  return SIGNAL_NUMBERS.get(name);
}

export interface ExitInfo {
  /** `exitStatus` or `signal`: which `fallback:` list the value is looked up in. */
  kind: 'exitStatus' | 'signal';
  status: number;
  label: string;
  /** A status that only says "failed" (its own program's convention decides what it means). */
  generic: boolean;
  /** The name systemd printed after the status (`EXEC` in `status=203/EXEC`). */
  systemdName?: string | undefined;
}

/** What an exit status says; null for 0 (success) and numbers no process can exit with. */
export function exitStatusInfo(status: number, systemdName?: string): ExitInfo | null {
  if (status < 1 || status > 255) return null;
  const kind = 'exitStatus';
  if (status >= 200 && status <= 243 && systemdName)
    return { kind, status, label: `exit status ${status}/${systemdName}`, generic: false, systemdName };
  if (status === 126 || status === 127) return { kind, status, label: `exit status ${status}`, generic: false };
  const signal = status > 128 ? SIGNAL_NAMES[status - 128] : undefined;
  if (signal) return { kind, status, label: `exit status ${status} (${signal})`, generic: false };
  return { kind, status, label: `exit status ${status}${systemdName ? `/${systemdName}` : ''}`, generic: true };
}

/** A signal as an exit reason. */
export function signalInfo(number: number): ExitInfo | null {
  const signal = SIGNAL_NAMES[number];
  return signal ? { kind: 'signal', status: number, label: `${signal} (signal ${number})`, generic: false } : null;
}

/** One sentence on what the way a process ended means. */
export function exitMeaning(info: ExitInfo, meanings: SystemMeanings): string {
  if (info.kind === 'signal') return meanings.signal[info.status] ?? '';
  if (info.systemdName && !info.generic) {
    return (
      meanings.systemd[info.systemdName] ??
      `systemd failed at its ${info.systemdName} step while setting up the process, before the program ran.`
    );
  }
  if (info.status === 126) return 'The command was found but could not be run: it is not executable, or permission is denied.';
  if (info.status === 127) return 'The command was not found: the program is missing from the PATH or the image.';
  const signal = info.status - 128;
  if (!info.generic) return `128 + ${signal}: ended by ${SIGNAL_NAMES[signal]}. ${meanings.signal[signal] ?? ''}`;
  return 'The program reported a failure; its own messages just before this line usually say why.';
}

// systemd: `Main process exited, code=killed, status=9/KILL`, `code=exited, status=203/EXEC`, `code=dumped, status=11/SEGV`;
// older releases (src/core/service.c) without the comma and the name: `Control process exited, code=exited status=203`.
export const SYSTEMD_STATUS = /\bcode=(exited|killed|dumped),? status=(\d{1,3})(?:\/([A-Z_]{2,24}))?\b/;
// nginx `worker process 1234 exited on signal 9`, PHP-FPM `exited on signal 11 (SIGSEGV - core dumped)`,
// `killed by signal 9`, `terminated by signal 9: Killed`, MySQL's and MariaDB's crash report `mysqld got signal 11 ;`.
export const BY_SIGNAL = /\b(?:(?:exited|killed|terminated|died) (?:on|by|with)|got) signal (\d{1,2})\b/;
// supervisord `stopped: web (terminated by SIGTERM)`, `exited: web (terminated by SIGKILL; not expected)`.
export const BY_SIGNAL_NAME = /\b(?:terminated|killed) by (SIG[A-Z12]{2,6})\b/;
// Go's os/exec error for a child a signal ended (ProcessState.String: `signal: ` and syscall's signal text):
// dockerd `containerd did not exit successfully  error="signal: segmentation fault"`, `signal: killed`. Only
// the signals that end a process abnormally: `received signal: terminated` and the like are daemons' own shutdowns.
const GO_SIGNAL_TEXTS: Record<string, number> = {
  'illegal instruction': 4,
  aborted: 6,
  'bus error': 7,
  'floating point exception': 8,
  killed: 9,
  'segmentation fault': 11,
  'bad system call': 31,
};
export const GO_SIGNAL = new RegExp(`\\bsignal: (${Object.keys(GO_SIGNAL_TEXTS).join('|')})\\b`);
// docker compose `web_1 exited with code 137`, `exit code 137`, Go's `exit status 137`, docker ps `Exited (137)`,
// dockerd's logrus field `exitStatus="{137 2025-12-14 13:10:03.995355362 +0000 UTC}"`.
export const EXIT_CODE = /\b(?:exit code|exit status|exited with code|Exited \(|exitStatus="\{) ?(\d{1,3})\b/;

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
  if (line.includes('signal: ')) {
    const match = GO_SIGNAL.exec(line);
    const info = match && signalInfo(GO_SIGNAL_TEXTS[match[1]!]!);
    if (match && info) return { ...info, start: match.index, end: match.index + match[0].length };
  }
  if (line.includes(' by SIG')) {
    const match = BY_SIGNAL_NAME.exec(line);
    const number = match && signalNumber(match[1]!);
    const info = number ? signalInfo(number) : null;
    if (match && info) return { ...info, start: match.index, end: match.index + match[0].length };
  }
  if (line.includes('xit')) {
    const match = EXIT_CODE.exec(line);
    const info = match && exitStatusInfo(Number(match[1]));
    if (match && info) return { ...info, start: match.index, end: match.index + match[0].length };
  }
  return null;
}
