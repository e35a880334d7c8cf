import type { FormatDefinition, Sample } from './types.ts';
import { ACCESS_LEVEL, APACHE_ACCESS } from './access-logs.ts';

export const apacheAccess: FormatDefinition = { id: 'apache-access', level: ACCESS_LEVEL, layouts: [APACHE_ACCESS] };

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
];
