import type { FormatDefinition, Sample } from './types.ts';
import { MONGODB_DEBUG } from './generic.ts';

export const json: FormatDefinition = {
  id: 'json',
  generic: true,
  // pino and bunyan: numbers (10 trace … 60 fatal) or, with a formatter, words; Traefik, Caddy, zap,
  // logrus's JSON formatter and most others: `level`; Google Cloud and winston-style: `severity`; MongoDB
  // 4.4+: `s`, a letter (F, E, W, I) or D1–D5.
  level: { group: 'level', scale: 'numeric', words: { warn: 'warning', ...MONGODB_DEBUG } },
  json: {
    message: ['msg', 'message', 'error', 'err'],
    level: ['level', 'severity', 'lvl', 'log.level', 'levelname', 's'],
    timestamp: ['time', 'ts', 'timestamp', '@timestamp', 'date'],
  },
  layouts: [],
};

export const samples: Sample[] = [
  {
    line: '{"level":30,"time":1531171074631,"msg":"hello world","pid":657,"hostname":"Davids-MBP-3.fritz.box"}',
    source: 'https://github.com/pinojs/pino/blob/main/README.md',
    format: 'json',
    level: 'info',
    fields: { level: '30', timestamp: '1531171074631', message: 'hello world' },
  },
  {
    line: '{"name":"myapp","hostname":"banana.local","pid":40161,"level":30,"msg":"hi","time":"2013-01-04T18:46:23.851Z","v":0}',
    source: 'https://github.com/trentm/node-bunyan/blob/master/README.md',
    format: 'json',
    level: 'info',
    fields: { message: 'hi', timestamp: '2013-01-04T18:46:23.851Z' },
  },
  {
    line:
      'Oct 05 21:55:08 caddy[832]: {"level":"info","ts":1664999708.2468982,"logger":"http.log","msg":"server ' +
      'running","name":"srv0","protocols":["h1","h2","h3"]}',
    source: 'https://github.com/mcguirepr89/BirdNET-Pi/issues/593',
    format: 'json',
    level: 'info',
    wrappers: ['syslog'],
    fields: { program: 'caddy', pid: '832', message: 'server running' },
  },
  {
    line:
      '{"t":{"$date":"2021-02-03T13:17:50.652-05:00"},"s":"E",  "c":"STORAGE",  "id":20568,   "ctx":"initandlisten",' +
      '"msg":"Error setting up listener","attr":{"error":{"code":9001,"codeName":"SocketException","errmsg":"Address already in use"}}}',
    source: 'https://github.com/barrowclift/hacker-news-cleanser/issues/2',
    format: 'json',
    level: 'error',
    fields: { level: 'E', message: 'Error setting up listener' },
  },
];
