import type { FormatDefinition, Sample } from './types.ts';
import { ACCESS_LEVEL, APACHE_ACCESS, LOOSE_APACHE_ACCESS } from './access-logs.ts';

export const apacheAccess: FormatDefinition = {
  id: 'apache-access',
  level: ACCESS_LEVEL,
  layouts: [APACHE_ACCESS, ...LOOSE_APACHE_ACCESS],
};

export const samples: Sample[] = [
  {
    line: '127.0.0.1 - - [28/Jul/2006:10:22:04 -0300] "GET / HTTP/1.0" 200 2216',
    source: 'https://ossec.net/docs/log_samples/apache/apache.html',
    format: 'apache-access',
    level: 'info',
    fields: { client: '127.0.0.1', request: 'GET / HTTP/1.0', status: '200' },
  },
  {
    line: '127.0.0.1 - - [28/Jul/2006:10:27:32 -0300] "GET /hidden/ HTTP/1.0" 404 7218',
    source: 'https://ossec.net/docs/log_samples/apache/apache.html',
    format: 'apache-access',
    level: 'warning',
    fields: { status: '404', bytes: '7218' },
  },
  {
    // `%P` (the child's pid) between the time and the request; Apache's `-` for an empty body.
    line: '107.145.117.233 - - [03/Aug/2017:14:58:55 +0000] 24891 "HEAD /phpmy/ HTTP/1.1" 404 - "-" "Mozilla/5.0 Jorgee" 15099834',
    source: 'https://github.com/allinurl/goaccess/issues/857',
    format: 'apache-access',
    level: 'warning',
    fields: { request: 'HEAD /phpmy/ HTTP/1.1', status: '404', bytes: '-' },
  },
  {
    // Traefik's common format writes `-` for a status and size it never got (the reporter's bold marks removed).
    line: '{IP address hidden} - - [15/Apr/2023:08:18:45 +0000] "GET /doc/xml/version.xml HTTP/1.1" - - "-" "-" 69019 "-" "-" 0ms',
    source: 'https://github.com/traefik/traefik/issues/9842',
    format: 'apache-access',
    level: null,
    fields: { request: 'GET /doc/xml/version.xml HTTP/1.1', status: '-', bytes: '-' },
  },
];
