import type { Sample, WrapperDefinition } from '../types.ts';
import { re } from '../fragments.ts';

/**
 * `docker compose up` / `docker-compose up`: `web_1  | ` (v1) or `web-1  | ` (v2) before each line; an
 * empty line of the container's (in a Go panic) is the prefix alone, its last space trimmed with the line.
 */
export const dockerCompose: WrapperDefinition = {
  id: 'docker-compose',
  format: 'docker',
  layouts: [{ pattern: re('^(?<container>[\\w.-]+) *\\|(?: |$)'), needs: '|' }],
};

/** `docker logs --timestamps`: RFC 3339 with nanoseconds (`2024-04-25T05:32:35.584725130Z `). */
export const dockerTimestamps: WrapperDefinition = {
  id: 'docker-timestamps',
  format: 'docker',
  layouts: [{ pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z) ') }],
};

/** BuildKit's plain progress output (`docker build --progress=plain`): `#9 0.329 ` before the step's output. */
export const buildkit: WrapperDefinition = {
  id: 'buildkit',
  format: 'docker',
  // The step's own indentation goes with the prefix: a frame's `at …` starts the rest.
  layouts: [{ pattern: re('^#(?<step>\\d+) (?<elapsed>\\d+\\.\\d+) +') }],
};

/**
 * `kubectl logs --prefix` (and `--all-containers`, `-l`): `[pod/web-7d4b9c-x2x/nginx] ` before each line.
 */
export const kubectlPrefix: WrapperDefinition = {
  id: 'kubectl-prefix',
  format: 'kubernetes',
  layouts: [{ pattern: re('^\\[(?<pod>pod/[^\\s/\\]]+)/(?<container>[^\\s/\\]]+)\\] ') }],
};

/**
 * Docker Desktop's log view copies each line with the local time in front: `2023-11-10 07:17:44 ` then the
 * container's own line. Many applications start their lines the same way, so it is peeled only when
 * what follows is a known format's own line (nginx's, an access line …).
 */
export const dockerDesktop: WrapperDefinition = {
  id: 'docker-desktop',
  format: 'docker',
  onlyBeforeAFormat: true,
  layouts: [{ pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) (?=\\d)') }],
};

/**
 * The CRI log format containerd and CRI-O write under /var/log/pods (what `kubectl logs` reads):
 * `2017-05-10T06:50:00.434167704Z stdout F message`, `P` for a partial line the next one continues.
 */
export const cri: WrapperDefinition = {
  id: 'cri',
  format: 'kubernetes',
  layouts: [
    {
      pattern: re(
        '^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})) ' +
          '(?<stream>stdout|stderr) (?<tag>[FP]) ',
      ),
    },
  ],
};

/** Docker's json-file log driver, one object a line: `{"log":"message\n","stream":"stderr","time":"…"}`. */
export const dockerJson: WrapperDefinition = {
  id: 'docker-json',
  format: 'docker',
  layouts: [],
  json: { needs: '"log":"', message: ['log'], level: [], timestamp: ['time'] },
};

export const samples: Sample[] = [
  {
    line: 'apicitywaycom-redis-1  | redis 06:46:40.95 INFO  ==> ** Starting Redis setup **',
    source: 'https://github.com/redis/docker-library-redis/issues/337',
    format: 'docker',
    level: 'info',
    wrappers: ['docker-compose'],
    fields: { container: 'apicitywaycom-redis-1' },
  },
  {
    line: '2018-10-31T19:24:43.719897152Z stderr F [2018/10/31 19:24:43] [ info] [engine] started (pid=1)',
    source: 'https://github.com/fluent/fluent-bit/pull/873',
    format: 'kubernetes',
    level: 'info',
    wrappers: ['cri'],
    fields: { timestamp: '2018-10-31T19:24:43.719897152Z', stream: 'stderr', tag: 'F' },
  },
  {
    line:
      '2020-01-26T03:17:29.346494690+00:00 stderr F 2020/01/26 03:17:29 provider.go:117: ' +
      'Defaulting client-id to system:serviceaccount:openshift-monitoring:alertmanager-main',
    source: 'https://github.com/cri-o/cri-o/issues/3181',
    format: 'kubernetes',
    level: null,
    wrappers: ['cri'],
    fields: { timestamp: '2020-01-26T03:17:29.346494690+00:00' },
  },
  {
    line:
      '{"log":"time=\\"2020-04-10T14:04:50.847156802Z\\" level=info msg=\\"Processing ' +
      'signal \'interrupt\'\\"\\n","stream":"stderr","time":"2020-04-10T14:04:50.847690847Z"}',
    source: 'https://github.com/docker-library/docker/issues/224',
    format: 'logfmt',
    level: 'info',
    wrappers: ['docker-json'],
    fields: { timestamp: '2020-04-10T14:04:50.847690847Z' },
  },
  {
    line: '[pod/y-844fbc9777-vhl79/nginx] 2024/03/07 21:10:16 [notice] 1#1: using the "epoll" event method',
    source: 'https://github.com/kubernetes/kubernetes/pull/124732',
    format: 'nginx-error',
    level: 'notice',
    wrappers: ['kubectl-prefix'],
    fields: { pod: 'pod/y-844fbc9777-vhl79', container: 'nginx', pid: '1' },
  },
  {
    line:
      '2023-11-10 07:17:44 192.168.65.1 - - [10/Nov/2023:13:17:43 +0000] "GET / HTTP/1.1" ' +
      '200 615 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 ' +
      '(KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36" "-"',
    source: 'https://github.com/ollama/ollama/pull/6744',
    format: 'nginx-access',
    level: 'info',
    wrappers: ['docker-desktop'],
    fields: { timestamp: '2023-11-10 07:17:44', status: '200' },
  },
  {
    line:
      '2023-11-10 07:17:44 2023/11/10 13:17:44 [error] 29#29: *1 open() "/usr/share/nginx/html/favicon.ico" ' +
      'failed (2: No such file or directory), client: 192.168.65.1, server: localhost, ' +
      'request: "GET /favicon.ico HTTP/1.1", host: "localhost:8080", referrer: "http://localhost:8080/"',
    source: 'https://github.com/ollama/ollama/pull/6744',
    format: 'nginx-error',
    level: 'error',
    wrappers: ['docker-desktop'],
    fields: { timestamp: '2023/11/10 13:17:44', connection: '1' },
  },
  {
    line: '#9 0.329     Error: connect ECONNREFUSED ::1:5432',
    source: 'https://github.com/bezkoder/docker-compose-nodejs-postgres/issues/2',
    format: 'nodejs',
    level: null,
    wrappers: ['buildkit'],
    fields: { step: '9', elapsed: '0.329' },
  },
];
