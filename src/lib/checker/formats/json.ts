import type { FormatDefinition, Sample } from './types.ts';

export const json: FormatDefinition = {
  id: 'json',
  generic: true,
  // pino and bunyan: numbers (10 trace … 60 fatal) or, with a formatter, words; Traefik, Caddy, zap,
  // logrus's JSON formatter and most others: `level`; Google Cloud and winston-style: `severity`.
  level: { group: 'level', scale: 'numeric', words: { warn: 'warning' } },
  json: {
    message: ['msg', 'message', 'error', 'err'],
    level: ['level', 'severity', 'lvl', 'log.level', 'levelname'],
    timestamp: ['time', 'ts', 'timestamp', '@timestamp', 'date'],
  },
  layouts: [],
};

export const samples: Sample[] = [];
