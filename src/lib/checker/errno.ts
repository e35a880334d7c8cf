/**
 * Linux errno values as logs print them. Names and numbers are the x86-64/generic Linux ones; the text is
 * glibc's strerror (checked with Python's os.strerror on Debian 12), plus the musl wordings Alpine-based
 * images print. A pair such as `(2: Server failure)` is an nginx resolver code, not an errno: a number
 * only counts when its text is the errno's own, or "Unknown error", which nginx built against glibc 2.32
 * or later printed in its place until 1.19.8 (nginx's CHANGES for 1.19.8: "some errors were logged as
 * unknown if nginx was built with glibc 2.32").
 */
import type { ErrnoInfo } from './types.ts';

interface ErrnoEntry {
  code: number;
  name: string;
  texts: string[];
  meaning: string;
}

const table: ErrnoEntry[] = [
  {
    code: 1,
    name: 'EPERM',
    texts: ['Operation not permitted'],
    meaning: 'The process lacks the privilege for this operation (root or a capability is needed).',
  },
  {
    code: 2,
    name: 'ENOENT',
    texts: ['No such file or directory'],
    meaning: 'The file, directory or Unix socket at that path does not exist.',
  },
  { code: 3, name: 'ESRCH', texts: ['No such process'], meaning: 'The process it refers to has already exited.' },
  {
    code: 4,
    name: 'EINTR',
    texts: ['Interrupted system call'],
    meaning: 'A signal arrived while the call was waiting; usually harmless and retried.',
  },
  { code: 5, name: 'EIO', texts: ['Input/output error'], meaning: 'The device or filesystem reported a low-level read or write failure.' },
  { code: 6, name: 'ENXIO', texts: ['No such device or address'], meaning: 'The device behind the path is missing or not configured.' },
  { code: 7, name: 'E2BIG', texts: ['Argument list too long'], meaning: 'The command line plus environment exceed the kernel limit.' },
  {
    code: 8,
    name: 'ENOEXEC',
    texts: ['Exec format error'],
    meaning: 'The binary is for another CPU architecture or is not an executable.',
  },
  {
    code: 9,
    name: 'EBADF',
    texts: ['Bad file descriptor'],
    meaning: 'The program used a file descriptor that is closed or was never opened.',
  },
  { code: 10, name: 'ECHILD', texts: ['No child processes'], meaning: 'There is no child process to wait for.' },
  {
    code: 11,
    name: 'EAGAIN',
    texts: ['Resource temporarily unavailable'],
    meaning: 'The resource is busy right now, e.g. a full listen backlog on a Unix socket; retrying may work.',
  },
  {
    code: 12,
    name: 'ENOMEM',
    texts: ['Cannot allocate memory'],
    meaning: 'The kernel could not give the process the memory it asked for.',
  },
  {
    code: 13,
    name: 'EACCES',
    texts: ['Permission denied'],
    meaning: 'File mode, ownership or a security policy (SELinux, AppArmor) forbids the access.',
  },
  {
    code: 14,
    name: 'EFAULT',
    texts: ['Bad address'],
    meaning: 'A pointer passed to the kernel points outside the process memory: a program bug.',
  },
  { code: 16, name: 'EBUSY', texts: ['Device or resource busy'], meaning: 'The device or mount point is in use by another process.' },
  { code: 17, name: 'EEXIST', texts: ['File exists'], meaning: 'Something already exists at that path.' },
  { code: 18, name: 'EXDEV', texts: ['Invalid cross-device link'], meaning: 'A rename or hard link crossed filesystems.' },
  {
    code: 19,
    name: 'ENODEV',
    texts: ['No such device'],
    meaning: 'The device or filesystem type is not available (driver or module missing).',
  },
  { code: 20, name: 'ENOTDIR', texts: ['Not a directory'], meaning: 'A part of the path that should be a directory is a file.' },
  { code: 21, name: 'EISDIR', texts: ['Is a directory'], meaning: 'A file was expected but the path is a directory.' },
  { code: 22, name: 'EINVAL', texts: ['Invalid argument'], meaning: 'An option or value passed to the call is not valid.' },
  {
    code: 23,
    name: 'ENFILE',
    texts: ['Too many open files in system'],
    meaning: 'The whole system reached its open-file limit (fs.file-max).',
  },
  {
    code: 24,
    name: 'EMFILE',
    texts: ['Too many open files', 'No file descriptors available'],
    meaning: 'The process reached its open-file limit (ulimit -n / LimitNOFILE).',
  },
  { code: 26, name: 'ETXTBSY', texts: ['Text file busy'], meaning: 'The executable is being written while something runs it.' },
  { code: 27, name: 'EFBIG', texts: ['File too large'], meaning: 'The file would exceed the filesystem or process size limit.' },
  { code: 28, name: 'ENOSPC', texts: ['No space left on device'], meaning: 'The filesystem is out of free blocks or inodes.' },
  { code: 29, name: 'ESPIPE', texts: ['Illegal seek'], meaning: 'Seeking on a pipe or socket, which cannot seek.' },
  {
    code: 30,
    name: 'EROFS',
    texts: ['Read-only file system'],
    meaning: 'The filesystem is mounted read-only (often remounted so after disk errors).',
  },
  { code: 31, name: 'EMLINK', texts: ['Too many links'], meaning: 'The file or directory has reached its maximum number of links.' },
  { code: 32, name: 'EPIPE', texts: ['Broken pipe'], meaning: 'The other end of the pipe or socket was closed while writing to it.' },
  { code: 36, name: 'ENAMETOOLONG', texts: ['File name too long'], meaning: 'A path or file name exceeds the filesystem limit.' },
  {
    code: 39,
    name: 'ENOTEMPTY',
    texts: ['Directory not empty'],
    meaning: 'The directory still has entries, so it cannot be removed or replaced.',
  },
  { code: 40, name: 'ELOOP', texts: ['Too many levels of symbolic links'], meaning: 'Symbolic links point in a loop, or nest too deeply.' },
  { code: 71, name: 'EPROTO', texts: ['Protocol error'], meaning: 'The peer broke the protocol (often TLS or a truncated stream).' },
  {
    code: 75,
    name: 'EOVERFLOW',
    texts: ['Value too large for defined data type'],
    meaning: 'A size or offset does not fit the type the program uses.',
  },
  { code: 90, name: 'EMSGSIZE', texts: ['Message too long'], meaning: 'The datagram is larger than the socket or path allows (MTU).' },
  {
    code: 95,
    name: 'EOPNOTSUPP',
    texts: ['Operation not supported'],
    meaning: 'The filesystem, socket or device does not support this operation.',
  },
  {
    code: 97,
    name: 'EAFNOSUPPORT',
    texts: ['Address family not supported by protocol'],
    meaning: 'IPv6 (or another address family) is disabled or unavailable.',
  },
  {
    code: 98,
    name: 'EADDRINUSE',
    texts: ['Address already in use'],
    meaning: 'Another process is already listening on that address and port.',
  },
  {
    code: 99,
    name: 'EADDRNOTAVAIL',
    texts: ['Cannot assign requested address'],
    meaning: 'The address to bind is not configured on this machine, or local ports ran out.',
  },
  { code: 100, name: 'ENETDOWN', texts: ['Network is down'], meaning: 'The network interface is down.' },
  {
    code: 101,
    name: 'ENETUNREACH',
    texts: ['Network is unreachable'],
    meaning: 'There is no route to that network (no default route, or IPv6 not routed).',
  },
  {
    code: 103,
    name: 'ECONNABORTED',
    texts: ['Software caused connection abort'],
    meaning: 'The local side aborted the connection, e.g. after a timeout.',
  },
  {
    code: 104,
    name: 'ECONNRESET',
    texts: ['Connection reset by peer'],
    meaning: 'The other side closed the connection abruptly (crash, restart, or idle timeout).',
  },
  { code: 105, name: 'ENOBUFS', texts: ['No buffer space available'], meaning: 'The kernel ran out of socket buffer memory.' },
  { code: 106, name: 'EISCONN', texts: ['Transport endpoint is already connected'], meaning: 'The socket is already connected.' },
  {
    code: 107,
    name: 'ENOTCONN',
    texts: ['Transport endpoint is not connected'],
    meaning: 'The socket or FUSE mount is not (or no longer) connected.',
  },
  {
    code: 110,
    name: 'ETIMEDOUT',
    texts: ['Connection timed out', 'Operation timed out'],
    meaning: 'The peer did not answer in time: it is slow, overloaded or a firewall drops packets.',
  },
  { code: 111, name: 'ECONNREFUSED', texts: ['Connection refused'], meaning: 'Nothing is listening at that address and port.' },
  { code: 112, name: 'EHOSTDOWN', texts: ['Host is down'], meaning: 'The remote host is known to be down.' },
  {
    code: 113,
    name: 'EHOSTUNREACH',
    texts: ['No route to host'],
    meaning: 'The host cannot be reached: a firewall rejects it or it is on another network.',
  },
  { code: 115, name: 'EINPROGRESS', texts: ['Operation now in progress'], meaning: 'A non-blocking connect has started but not finished.' },
  { code: 122, name: 'EDQUOT', texts: ['Disk quota exceeded'], meaning: 'The user or group has used up its disk quota.' },
];

const byCode = new Map(table.map((entry) => [entry.code, entry]));
const byName = new Map(table.map((entry) => [entry.name, entry]));

/** Whether a `(` followed by a digit occurs, as the nginx and Apache forms need. */
function hasParenthesisedNumber(line: string): boolean {
  for (let at = line.indexOf('('); at !== -1; at = line.indexOf('(', at + 1)) {
    const next = line.charCodeAt(at + 1);
    if (next >= 48 && next <= 57) return true;
  }
  return false;
}

/**
 * The openings of the numbered forms a line holds, read once per line (findErrno): most lines hold
 * none, and one search for `rrno` rules out three forms at once.
 */
const opened = { parenthesisedNumber: false, errnoWord: false, errorNumber: false };

// nginx `(111: Connection refused)`, Python `[Errno 28] No space left on device`,
// Apache `(13)Permission denied:`, Node/Docker symbolic codes `connect ECONNREFUSED`, `(Failure EADDRINUSE)`.
// No `d` flag: the spans are the whole match (recheck cannot analyse `d`, and its index arrays cost time).
// InnoDB (os0file.cc) `Operating system error number 28 in a file operation.` and `Error number 28 means
// 'No space left on device'.`, its `mmap(3145728 bytes) failed; errno 12`, MySQL's `(errno: 13)` and
// `(errno: 13 - Permission denied)`.
// Each numbered form comes with a cheaper test of its opening (given what `opened` says of the line).
// A form without a text group names the errno by its number alone, which counts only below 120:
// MySQL's handler error numbers (`errno: 150`, a foreign key) start there.
const NUMBERED_FORMS = [
  { pattern: /\((\d{1,3}): ([A-Z][^()]{2,60})\)/, opens: () => opened.parenthesisedNumber },
  { pattern: /\[Errno (\d{1,3})\] ([A-Z][^:'"\]]{2,60})/, opens: (line: string) => opened.errnoWord && line.includes('[Errno ') },
  { pattern: /\((\d{1,3})\)([A-Z][^:()]{2,60}):/, opens: () => opened.parenthesisedNumber },
  {
    pattern: /\bError number (\d{1,3}) means '([A-Z][^']{2,60})'/,
    opens: (line: string) => opened.errorNumber && line.includes('Error number '),
  },
  {
    pattern: /\bOperating system error number (\d{1,3})\b/,
    opens: (line: string) => opened.errorNumber && line.includes('system error number '),
  },
  { pattern: /\(errno: (\d{1,3})(?: - ([A-Z][^()]{2,60}))?\)/, opens: (line: string) => opened.errnoWord && line.includes('(errno: ') },
  { pattern: /\bfailed; errno (\d{1,3})\b/, opens: (line: string) => opened.errnoWord && line.includes('; errno ') },
];

/** Below this, a number alone is an operating system errno in the forms that print no text. */
const FIRST_NON_ERRNO = 120;
export const NUMBERED = NUMBERED_FORMS.map((form) => form.pattern);
export const SYMBOLIC = /\bE[A-Z0-9]{2,14}\b/g;

/**
 * Errno texts distinctive enough to name the error on their own, anywhere in a line and in any case
 * (Go prints them lower-case: `connect: connection refused`): Java's `java.net.ConnectException:
 * Connection refused`, `java.io.IOException: No space left on device`. Short texts that are also
 * everyday words (`File exists`, `Invalid argument`, `Is a directory`) are left out.
 */
const DISTINCTIVE = [
  'EPERM',
  'ENOENT',
  'EIO',
  'ENXIO',
  'E2BIG',
  'ENOEXEC',
  'EBADF',
  'EAGAIN',
  'ENOMEM',
  'EACCES',
  'EBUSY',
  'EXDEV',
  'ENFILE',
  'EMFILE',
  'ETXTBSY',
  'ENOSPC',
  'EROFS',
  'EPIPE',
  'ENAMETOOLONG',
  'ENOTEMPTY',
  'ELOOP',
  'EOVERFLOW',
  'EAFNOSUPPORT',
  'EADDRINUSE',
  'EADDRNOTAVAIL',
  'ENETDOWN',
  'ENETUNREACH',
  'ECONNABORTED',
  'ECONNRESET',
  'ENOBUFS',
  'ENOTCONN',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EDQUOT',
];
const byText = new Map(
  DISTINCTIVE.flatMap((name) => byName.get(name)!.texts.map((text) => [text.toLowerCase(), byName.get(name)!] as const)),
);
// Longest first, so `Too many open files in system` wins over `Too many open files`.
export const ERRNO_TEXT = new RegExp(
  `\\b(?:${[...byText.keys()]
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[/.-]/g, '\\$&'))
    .join('|')})\\b`,
  'i',
);

/**
 * Library wordings of an errno's condition that do not print its text: urllib3's connect timeout
 * (connection.py, `Connection to 127.0.0.1 timed out. (connect timeout=0.01)`), behind every requests
 * `ConnectTimeout`.
 */
export const CONDITION_FORMS = [
  { pattern: /\bConnection to \S+ timed out\. \(connect timeout=/, name: 'ETIMEDOUT', opens: 'timed out. (' },
];

/** An errno named only by its text (`No route to host`), for lines that carry no number or symbol. */
export function findErrnoText(line: string): ErrnoInfo | null {
  const match = ERRNO_TEXT.exec(line);
  const entry = match && byText.get(match[0].toLowerCase());
  if (match && entry)
    return { code: entry.code, name: entry.name, meaning: entry.meaning, start: match.index, end: match.index + match[0].length };
  for (const form of CONDITION_FORMS) {
    if (!line.includes(form.opens)) continue;
    const found = form.pattern.exec(line);
    const named = found && byName.get(form.name)!;
    if (found && named)
      return { code: named.code, name: named.name, meaning: named.meaning, start: found.index, end: found.index + found[0].length };
  }
  return null;
}

/** `rrno` (errno, Errno) and `rror number ` (Error number) both hold `rr`: one search finds both. */
function readWordOpenings(line: string): void {
  opened.errnoWord = false;
  opened.errorNumber = false;
  for (let at = line.indexOf('rr'); at !== -1; at = line.indexOf('rr', at + 1)) {
    if (line.startsWith('rrno', at)) opened.errnoWord = true;
    else if (line.startsWith('rror number ', at)) opened.errorNumber = true;
  }
}

export function findErrno(line: string): ErrnoInfo | null {
  opened.parenthesisedNumber = hasParenthesisedNumber(line);
  readWordOpenings(line);
  for (const { pattern, opens } of NUMBERED_FORMS) {
    if (!opens(line)) continue;
    const match = pattern.exec(line);
    if (!match) continue;
    const code = Number(match[1]);
    const entry = byCode.get(code);
    const text = match[2]?.trim();
    if (entry && (text === undefined ? code < FIRST_NON_ERRNO : entry.texts.includes(text) || text === 'Unknown error')) {
      return { code: entry.code, name: entry.name, meaning: entry.meaning, start: match.index, end: match.index + match[0].length };
    }
  }
  SYMBOLIC.lastIndex = 0;
  for (let match = SYMBOLIC.exec(line); match; match = SYMBOLIC.exec(line)) {
    const entry = byName.get(match[0]);
    if (entry) {
      return { code: entry.code, name: entry.name, meaning: entry.meaning, start: match.index, end: match.index + match[0].length };
    }
  }
  return null;
}
