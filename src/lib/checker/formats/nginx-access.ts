import type { FormatDefinition, Sample } from './types.ts';
import { ACCESS_LEVEL, LOOSE_ACCESS, NGINX_ACCESS } from './access-logs.ts';

export const nginxAccess: FormatDefinition = { id: 'nginx-access', level: ACCESS_LEVEL, layouts: [NGINX_ACCESS, ...LOOSE_ACCESS] };

export const samples: Sample[] = [
  {
    line:
      '- - [24/Oct/2022:07:39:32 +0800] "GET /_/assets/index.e13041a6.js HTTP/1.1" ' +
      '504 562 "http://xxxxx/_/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 ' +
      '(KHTML, like Gecko) Chrome/96.0.4664.45 Safari/537.36 OPR/82.0.4227.23"',
    source: 'https://github.com/pocketbase/pocketbase/issues/833',
    format: 'nginx-access',
    level: 'error',
    fields: { status: '504' },
  },
  {
    line:
      'GET / HTTP/1.1" 500 595 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) ' +
      'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Safari/537.36"',
    source: 'https://github.com/zodern/meteor-up/issues/526',
    format: 'nginx-access',
    level: 'error',
    fields: { request: 'GET / HTTP/1.1', status: '500' },
  },
  {
    line:
      'web_1  | 172.20.0.1 - - [28/May/2018:10:31:17 +0000] "GET / HTTP/1.1" 200 18 ' +
      '"-" "Mozilla/5.0 (pc-x86_64-linux-gnu) Siege/4.0.4"',
    source: 'https://github.com/docker-library/php/issues/655',
    format: 'nginx-access',
    level: 'info',
    wrappers: ['docker-compose'],
    fields: {
      container: 'web_1',
      client: '172.20.0.1',
      timestamp: '28/May/2018:10:31:17 +0000',
      request: 'GET / HTTP/1.1',
      status: '200',
      bytes: '18',
    },
  },
  {
    line:
      '{"log":"172.17.0.1 - - [24/Jan/2018:05:57:12 +0000] \\"GET / HTTP/1.1\\" 200 ' +
      '612 \\"-\\" \\"curl/7.57.0\\" \\"-\\"\\r\\n","stream":"stdout","time":"2018-01-24T05:57:12.583118365Z"}',
    source: 'https://github.com/oracle/railcar/issues/32',
    format: 'nginx-access',
    level: 'info',
    wrappers: ['docker-json'],
    fields: { timestamp: '2018-01-24T05:57:12.583118365Z' },
  },
  {
    // A custom LogFormat with `%{X-Forwarded-For}i` in front and `%D` after the time.
    line:
      'XXX.XXX.XXX.XXX, XXX.XXX.XXX.XXX XXX.XXX.XXX.XXX - - [14/Oct/2016:17:05:26 +0200] 15622 ' +
      '"GET /style/css/css.css HTTP/1.1" 200 842 "-" "Proxy sfe HttpClient"',
    source: 'https://github.com/allinurl/goaccess/issues/544',
    format: 'nginx-access',
    level: 'info',
    fields: { timestamp: '14/Oct/2016:17:05:26 +0200', request: 'GET /style/css/css.css HTTP/1.1', status: '200', bytes: '842' },
  },
  {
    // `%t [%v:%p] [client %h]`: the time first, bracketed fields after it.
    line:
      '[28/Feb/2018:09:09:00 +0100] [www.website.com:443] [client 117.201.55.235] "GET / HTTP/1.1" 200 62972 ' +
      '"Mozilla/5.0 (Windows NT 6.1; WOW64; rv:40.0) Gecko/20100101 Firefox/40.1"',
    source: 'https://github.com/allinurl/goaccess/issues/1034',
    format: 'nginx-access',
    level: 'info',
    fields: { timestamp: '28/Feb/2018:09:09:00 +0100', status: '200', bytes: '62972' },
  },
];
