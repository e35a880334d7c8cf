/**
 * The fixed list of log formats an article pattern can target and the checker can detect.
 * Order matters nowhere here; it is the vocabulary shared by the schema and the checker.
 */
export const LOG_FORMATS = [
  'nginx-error',
  'nginx-access',
  'apache-error',
  'apache-access',
  'php-fpm',
  'syslog',
  'journald',
  'kernel',
  'postgresql',
  'mysql',
  'docker',
  'kubernetes',
  'nodejs',
  'python',
  'java',
  'haproxy',
  'redis',
  'supervisord',
  'logfmt',
  'json',
  'generic',
] as const;

export type LogFormatId = (typeof LOG_FORMATS)[number];

export const LOG_FORMAT_LABELS: Record<LogFormatId, string> = {
  'nginx-error': 'nginx error log',
  'nginx-access': 'nginx access log',
  'apache-error': 'Apache error log',
  'apache-access': 'Apache access log',
  'php-fpm': 'PHP-FPM log',
  syslog: 'syslog',
  journald: 'systemd journal',
  kernel: 'kernel log (dmesg)',
  postgresql: 'PostgreSQL log',
  mysql: 'MySQL / MariaDB log',
  docker: 'Docker',
  kubernetes: 'Kubernetes',
  nodejs: 'Node.js',
  python: 'Python',
  java: 'Java (log4j, logback, JUL)',
  haproxy: 'HAProxy',
  redis: 'Redis',
  supervisord: 'supervisord',
  logfmt: 'logfmt (key=value)',
  json: 'JSON log',
  generic: 'generic text',
};
