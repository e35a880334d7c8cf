/**
 * What system errors mean, in a sentence each: HTTP error statuses with their reason phrase (RFC 9110,
 * RFC 6585) or, for the codes nginx invents (ngx_http_request.h: 444, 494–497, 499), nginx's meaning;
 * signals (Linux numbers, signal(7)); systemd's own exit statuses (systemd.exec(5), "Process Exit Codes").
 * Build-time data: compileRules puts it in the rules JSON, so the widget and its worker do not each carry
 * it in their code. `000` is what nginx logs when it had no status to log (ngx_http_log_status prints
 * `%03ui` of 0): the connection ended before any response was produced.
 */
import type { SystemMeanings } from '../checker/types.ts';

const HTTP_STATUSES: SystemMeanings['httpStatus'] = {
  '000': {
    phrase: 'no response',
    meaning: 'The connection ended before the server produced any response (the client left, or the request never arrived whole).',
  },
  '400': {
    phrase: 'Bad Request',
    meaning: 'The server could not parse the request: malformed syntax, a bad header, or plain HTTP sent to an HTTPS port.',
  },
  '401': { phrase: 'Unauthorized', meaning: 'The request needs authentication and gave none, or the credentials were wrong.' },
  '403': {
    phrase: 'Forbidden',
    meaning: 'The server understood the request but refuses it: file permissions, an access rule, or no index file for a directory.',
  },
  '404': { phrase: 'Not Found', meaning: 'Nothing exists at that path on this server (or the server is configured to hide it).' },
  '405': {
    phrase: 'Method Not Allowed',
    meaning: 'The resource exists but does not accept this HTTP method (e.g. POST to a static file).',
  },
  '408': { phrase: 'Request Timeout', meaning: 'The client did not send the whole request in time.' },
  '409': { phrase: 'Conflict', meaning: 'The request conflicts with the current state of the resource.' },
  '410': { phrase: 'Gone', meaning: 'The resource was removed on purpose and will not come back.' },
  '411': { phrase: 'Length Required', meaning: 'The request has a body but no Content-Length.' },
  '413': { phrase: 'Content Too Large', meaning: 'The request body is larger than the server accepts (nginx: client_max_body_size).' },
  '414': { phrase: 'URI Too Long', meaning: 'The request line is longer than the server accepts.' },
  '415': { phrase: 'Unsupported Media Type', meaning: 'The server does not accept the body in this format.' },
  '429': { phrase: 'Too Many Requests', meaning: 'The client exceeded a rate limit.' },
  '431': { phrase: 'Request Header Fields Too Large', meaning: 'The request headers (often cookies) are larger than the server accepts.' },
  '444': {
    phrase: 'No Response (nginx)',
    meaning: 'nginx closed the connection without answering, as its configuration says (`return 444`).',
  },
  '494': { phrase: 'Request Header Too Large (nginx)', meaning: 'A request header is larger than large_client_header_buffers allows.' },
  '495': { phrase: 'SSL Certificate Error (nginx)', meaning: 'The client certificate could not be verified.' },
  '496': { phrase: 'SSL Certificate Required (nginx)', meaning: 'The server requires a client certificate and none was sent.' },
  '497': { phrase: 'HTTP Request Sent to HTTPS Port (nginx)', meaning: 'Plain HTTP reached a port that expects TLS.' },
  '499': {
    phrase: 'Client Closed Request (nginx)',
    meaning: 'The client closed the connection before nginx could answer, usually because the response took longer than it would wait.',
  },
  '500': {
    phrase: 'Internal Server Error',
    meaning: 'The application or the server failed while handling the request; its error log says why.',
  },
  '501': { phrase: 'Not Implemented', meaning: 'The server does not support the method or feature the request needs.' },
  '502': {
    phrase: 'Bad Gateway',
    meaning: 'The proxy got no valid response from the upstream server: it is down, refused the connection, or crashed.',
  },
  '503': { phrase: 'Service Unavailable', meaning: 'The server or its upstream is overloaded, in maintenance, or has no healthy backend.' },
  '504': { phrase: 'Gateway Timeout', meaning: 'The upstream server did not answer the proxy in time.' },
  '505': { phrase: 'HTTP Version Not Supported', meaning: 'The server does not support the HTTP version of the request.' },
  '507': { phrase: 'Insufficient Storage', meaning: 'The server has no room to store what the request needs.' },
};

const SIGNAL_MEANINGS: SystemMeanings['signal'] = {
  1: 'The terminal closed or the process was asked to reload; a program that does not handle it ends.', // SIGHUP
  2: 'Interrupted from the keyboard (Ctrl+C).', // SIGINT
  3: 'Asked to quit with a core dump (Ctrl+\\).', // SIGQUIT
  4: 'The CPU met an illegal instruction: a binary built for a newer CPU, or memory corruption.', // SIGILL
  5: 'A debugger trap or breakpoint stopped the process.', // SIGTRAP
  6: 'The program aborted itself: a failed assertion or a fatal error detected by its runtime or libc.', // SIGABRT
  7: 'A bad memory access: often a memory-mapped file that shrank, or a full /dev/shm.', // SIGBUS
  8: 'An arithmetic error such as an integer division by zero.', // SIGFPE
  9: 'Killed outright, without a chance to clean up: the OOM killer, a memory limit, or a stop that timed out.', // SIGKILL
  10: 'A user-defined signal the program does not handle.', // SIGUSR1
  11: 'The process accessed memory it may not use and crashed (segmentation fault).', // SIGSEGV
  12: 'A user-defined signal the program does not handle.', // SIGUSR2
  13: 'The process wrote to a pipe or socket whose reader had gone.', // SIGPIPE
  14: 'A timer the program set went off and it did not handle it.', // SIGALRM
  15: 'Asked to stop: a normal shutdown, a service stop, or a container stop.', // SIGTERM
  24: 'The process used up its CPU time limit.', // SIGXCPU
  25: 'The process tried to write a file larger than its size limit.', // SIGXFSZ
  31: 'A system call was refused, often by a seccomp filter (systemd SystemCallFilter=, a container profile).', // SIGSYS
};

/** The steps of systemd's that fail most often, by the name it prints (`status=203/EXEC`). */
const SYSTEMD_MEANINGS: SystemMeanings['systemd'] = {
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

export const SYSTEM_MEANINGS: SystemMeanings = { httpStatus: HTTP_STATUSES, signal: SIGNAL_MEANINGS, systemd: SYSTEMD_MEANINGS };
