import type { WrapperDefinition } from '../types.ts';
import { re } from '../fragments.ts';

/** `docker compose up` / `docker-compose up`: `web_1  | ` (v1) or `web-1  | ` (v2) before each line. */
export const dockerCompose: WrapperDefinition = {
  id: 'docker-compose',
  format: 'docker',
  layouts: [{ pattern: re('^(?<container>[\\w.-]+) *\\| '), needs: '| ' }],
};

/** `docker logs --timestamps`: RFC 3339 with nanoseconds (`2024-04-25T05:32:35.584725130Z `). */
export const dockerTimestamps: WrapperDefinition = {
  id: 'docker-timestamps',
  format: 'docker',
  layouts: [{ pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z) ') }],
};

/**
 * The CRI log format containerd and CRI-O write under /var/log/pods (what `kubectl logs` reads):
 * `2017-05-10T06:50:00.434167704Z stdout F message`, `P` for a partial line the next one continues.
 */
export const cri: WrapperDefinition = {
  id: 'cri',
  format: 'kubernetes',
  layouts: [
    { pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})) (?<stream>stdout|stderr) (?<tag>[FP]) ') },
  ],
};

/** Docker's json-file log driver, one object a line: `{"log":"message\n","stream":"stderr","time":"…"}`. */
export const dockerJson: WrapperDefinition = {
  id: 'docker-json',
  format: 'docker',
  layouts: [],
  json: { needs: '"log":"', message: ['log'], level: [], timestamp: ['time'] },
};
