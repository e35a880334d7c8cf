import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re } from './fragments.ts';

const LEVELS = 'TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRIT|CRITICAL|FATAL|ALERT|EMERG|PANIC';
const LOWER_LEVELS = 'debug|info|notice|warning|error|critical|alert|emergency';
/** zap's levels (`dpanic` panics in development builds only), and the trace level other Go loggers add. */
const ZAP_LEVELS = 'trace|debug|info|warn|error|dpanic|panic|fatal';
/** MongoDB's debug severities (D1–D5); its letters F, E, W, I read as words (levels.ts). */
export const MONGODB_DEBUG = { d1: 'debug', d2: 'debug', d3: 'debug', d4: 'debug', d5: 'debug' } as const;
/** `2024-04-08 10:00:00,123`, `2024-04-08T10:00:00.123Z`, `…+0200`: the zone and the fraction are optional. */
const ISO_LIKE = '\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?';

/** Lines of no known software that still say when and how bad: tried last. */
export const generic: FormatDefinition = {
  id: 'generic',
  generic: true,
  layouts: [
    // C++ glog: klog's layout (kubernetes.ts) with other sources: `E0517 15:04:22.619632 1952452992 logging_unittest.cc:253] …`.
    {
      pattern: re('^(?<level>[IWEF])(?<timestamp>\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}) +(?<pid>\\d+) (?<source>[\\w.-]+:\\d+)\\] '),
      first: 'IWEF',
      needs: '] ',
    },
    // Fluent Bit's own log: `[2019/08/27 09:25:40] [ info] [storage] in-memory`.
    { pattern: re('^\\[(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2})\\] \\[ ?(?<level>[a-z]+)\\] ') },
    // Bitnami containers' scripts: `nginx 14:37:37.94 INFO  ==> ** Starting NGINX setup **`.
    { pattern: re('^(?<program>[\\w-]+) (?<timestamp>\\d{2}:\\d{2}:\\d{2}\\.\\d{2}) (?<level>[A-Z]+) +==> '), needs: '==> ' },
    // Official images' entrypoint scripts: `10-listen-on-ipv6-by-default.sh: error: … is not a file or does not exist`.
    { pattern: re('^(?<program>[\\w.-]+\\.sh): (?<level>debug|info|notice|warn|warning|error): '), needs: '.sh: ' },
    // The shell scripts images run before their program, printing their own path:
    // `/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/`.
    { pattern: re('^(?<program>/[\\w./-]+\\.sh): '), first: '/', needs: '.sh: ' },
    // Android's `logcat -v threadtime`: `01-22 08:23:45.054 14701 14717 E AndroidRuntime: FATAL EXCEPTION: Thread-2`.
    // A crash prints each line of its trace under the same prefix: those lines continue its record.
    {
      pattern: re(
        '^(?<timestamp>\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) +(?<pid>\\d+) +(?<tid>\\d+) (?<level>[VDIWEFA]) (?<tag>[^:]*): ',
      ),
      level: { words: { v: 'debug', a: 'critical' } },
      repeatsPrefix: true,
    },
    // logcat's other outputs: `-v brief` `E/AndroidRuntime( 2200): FATAL EXCEPTION: main`, `-v time` with the time
    // in front, and Eclipse's DDMS copy with a colon after the time: `11-26 10:08:31.609: E/AndroidRuntime(9242): …`.
    {
      pattern: re(
        '^(?:(?<timestamp>\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}):? )?(?<level>[VDIWEFA])/(?<tag>[^(]*)\\( *(?<pid>\\d+)\\): ',
      ),
      level: { words: { v: 'debug', a: 'critical' } },
      first: '0123456789VDIWEFA',
      needs: '): ',
      repeatsPrefix: true,
    },
    // Android Studio's Logcat window before 2022 (Dolphin): the date, `pid-tid/process`, then `E/Tag: `:
    // `2020-03-19 20:45:58.981 788-883/system_process E/WifiVendorHal: getWifiLinkLayerStats(l.937) failed …`.
    {
      pattern: re(
        '^(?<timestamp>(?:\\d{4}-)?\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) (?<pid>\\d+)-(?<tid>\\d+)/(?<process>\\S+) ' +
          '(?<level>[VDIWEFA])/(?<tag>[^:]*): ',
      ),
      level: { words: { v: 'debug', a: 'critical' } },
      needs: '/',
      repeatsPrefix: true,
    },
    // logcat's buffer headers: `--------- beginning of crash`, `--------- beginning of /dev/log/main`.
    { pattern: re('^--------- beginning of (?<buffer>\\S+)'), first: '-', opensRecord: true },
    // A message that starts with its own severity, as sshd (OpenSSH's log.c prefixes `error: ` and
    // `fatal: `), Postfix and many command-line tools print it: `error: kex_exchange_identification: …`.
    // OpenSSH's debug levels are `debug1: ` to `debug3: ` (log.c), from `ssh -vvv` and `sshd -ddd` alike.
    {
      pattern: re('^(?<level>error|fatal|warning|ERROR|FATAL|WARNING|Error|Fatal|Warning|debug[1-3]): '),
      first: 'efwEFWd',
      needs: ': ',
    },
    // Win32-OpenSSH's log file (SyslogFacility LOCAL0, sshd.log): the pid and the time in front of log.c's
    // message, `5544 2020-02-28 15:29:01.585 debug3: mm_request_send entering: type 4 [preauth]`; releases
    // before 2017 printed the time without the date and the milliseconds after a space: `4416 09:56:51 853 debug3: …`.
    {
      pattern: re(
        '^(?<pid>\\d+) (?<timestamp>(?:\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2}[. ]\\d{3}) ' +
          '(?:(?<level>debug[1-3]|error|fatal|warning): )?',
      ),
      first: '0123456789',
    },
    // A Go program's panic (runtime/panic.go printpanics): `panic: Unable to create mmap-ed active query log`,
    // then its goroutines' frames, which have no layout and continue it.
    { pattern: re('^(?<level>panic): '), first: 'p', opensRecord: true },
    // Caddy 1's error log: `29/Jan/2016:15:17:26 +0100 [ERROR 502 /index.php] dial tcp 127.0.0.1:9000: connection refused`.
    { pattern: re(`^(?<timestamp>\\d{2}/${MONTH}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}) \\[(?<level>ERROR|WARNING|NOTICE|INFO)\\b`) },
    // Windows servicing logs (CBS.log, DISM.log, setupact.log; Component-Based Servicing's and Panther's own
    // logger): the time, a comma, the level padded to a column, then the component:
    // `2020-02-11 11:26:19, Info                  CBS    Starting TrustedInstaller initialization.`.
    {
      pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}), (?<level>Info|Warning|Error) +(?<component>[A-Za-z]+) '),
      needs: ', ',
    },
    // launchd's own log (/var/log/com.apple.xpc.launchd/launchd.log, macOS 10.12+): the time, the domain or
    // service in parentheses, the level in angle brackets:
    // `2024-09-13 09:16:39.739850 (pid/6782 [com.apple.dock.]) <Notice>: Service stub created for …`.
    {
      pattern: re(
        '^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}) (?:\\((?<domain>[^)]*)\\) )?<(?<level>[A-Z][a-z]+)>: ',
      ),
      needs: '>: ',
    },
    // MongoDB before 4.4: the time, the severity (F, E, W, I, or D1–D5 for debug), the component and the
    // context: `2019-09-12T15:58:07.582+0200 D1 NETWORK  [main] fd limit …`; 3.x pads the severity to one column.
    {
      pattern: re(
        '^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(?:Z|[+-]\\d{4})) (?<level>[FEWID]\\d?) +' +
          '(?<component>[A-Z_]+|-) +\\[(?<context>[^\\]]*)\\] ',
      ),
      level: { words: MONGODB_DEBUG },
      needs: '] ',
    },
    // Go's standard log package: `2019/11/08 20:58:50 http: …`, with Lmicroseconds and Lshortfile
    // `2022/10/23 01:05:26.123456 server.go:3230: …` (nginx's error log starts the same way and is tried first).
    { pattern: re('^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{6})?) (?:(?<source>[\\w.-]+\\.go:\\d+): )?') },
    // RabbitMQ (3.7+): the time, the level in brackets and the Erlang process: `2019-02-13 10:50:08.774 [error] <0.823.0> …`.
    // From 3.9 every line of a multi-line message (a crash report, its `links:` and `dictionary:`) repeats the
    // prefix to the microsecond: those lines continue the record.
    {
      pattern: re(
        '^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+(?:[+-]\\d{2}:\\d{2})?) ' +
          `\\[(?<level>${LOWER_LEVELS})\\] (?<process><\\d+\\.\\d+\\.\\d+>) `,
      ),
      first: '0123456789',
      needs: '] <',
      repeatsPrefix: true,
    },
    // zerolog's ConsoleWriter, as Traefik v3 writes its log: the time, a three-letter level (TRC DBG INF WRN
    // ERR FTL PNC), the caller perhaps, then `> ` and the message:
    // `2025-01-20T11:26:10Z INF github.com/traefik/traefik/v3/cmd/traefik/traefik.go:103 > Traefik version 3.2.0 …`.
    {
      pattern: re(`^(?<timestamp>${ISO_LIKE}) (?<level>TRC|DBG|INF|WRN|ERR|FTL|PNC) `),
      level: { words: { trc: 'debug', dbg: 'debug', inf: 'info', wrn: 'warning', ftl: 'critical', pnc: 'critical' } },
      first: '0123456789',
    },
    // An ISO-like timestamp, then perhaps a level: `2024-04-08 10:00:00,123 [ERROR] …`, `2012-07-02 10:22:40,672:DEBUG:…`,
    // one in lower case in brackets, as RabbitMQ prints it: `2019-02-13 10:50:08.774 [error] <0.823.0> …`, or one
    // in lower case after a tab or space, as Go's zap console encoder writes it: `2025-02-20T15:30:17.360Z\terror\t…`.
    {
      pattern: re(
        `^(?<timestamp>${ISO_LIKE})(?:(?:[ \\t]+|:)\\[?(?<level>${LEVELS})\\b\\]?` +
          `| \\[(?<level2>${LOWER_LEVELS})\\]|[ \\t](?<level3>${ZAP_LEVELS})(?:[ \\t]|$))?`,
      ),
    },
  ],
  // The level of a line with no other layout: a `level=` anywhere, or a level word in capitals among the
  // first few fields (`00:00:00.000 foo DEBUG  …`, `2015-04-24T21:09:29.296 25376]INFO:somemodule:…`).
  level: { search: re(`\\blevel=(?<level>[a-z]+)\\b|^(?:[^\\s\\]|]+[\\s\\]|]+){0,3}\\[?(?<level2>${LEVELS})\\b`) },
};

export const samples: Sample[] = [
  // MongoDB 3.2 and 4.2 text logs, and RabbitMQ 3.7 and 3.9+ (lower-case levels in brackets).
  {
    line:
      '2016-05-07T09:32:14.719+0100 E NETWORK  [initandlisten] listen(): bind() failed errno:48 Address already in use ' +
      'for socket: 0.0.0.0:27017',
    source: 'https://github.com/ritazh/devopsfun/issues/20',
    format: 'generic',
    level: 'error',
    fields: { timestamp: '2016-05-07T09:32:14.719+0100', component: 'NETWORK', context: 'initandlisten' },
  },
  {
    line: '2019-09-12T15:58:07.582+0200 D1 NETWORK  [main] fd limit hard:1048576 soft:1024 max conn: 819',
    source: 'https://github.com/ibi-group/datatools-server/issues/231',
    format: 'generic',
    level: 'debug',
    fields: { level: 'D1', component: 'NETWORK' },
  },
  {
    line: '2025-03-14T10:43:42.700-0500 E STORAGE  [initandlisten] Failed to set up listener: SocketException: Address already in use',
    source: 'https://github.com/mbentley/docker-omada-controller/issues/539',
    format: 'generic',
    level: 'error',
  },
  {
    line: "2025-03-23 15:53:54.992866+00:00 [warning] <0.997.0> HTTP access denied: user 'guest' - invalid credentials",
    source: 'https://github.com/docker-library/rabbitmq/issues/761',
    format: 'generic',
    level: 'warning',
    fields: { timestamp: '2025-03-23 15:53:54.992866+00:00', level: 'warning' },
  },
  {
    line:
      '2019-02-13 10:50:08.774 [error] <0.823.0> Error on AMQP connection <0.823.0> ' +
      '(172.25.0.5:49252 -> 172.25.0.4:5672, state: starting):',
    source: 'https://github.com/pardahlman/docker-rabbitmq-cluster/issues/2',
    format: 'generic',
    level: 'error',
  },
  {
    line: '2019/11/08 20:58:50 http: TLS handshake error from IP:53525: EOF',
    source: 'https://github.com/AdguardTeam/AdGuardHome/issues/1167',
    format: 'generic',
    level: null,
    fields: { timestamp: '2019/11/08 20:58:50' },
  },
  {
    line: '2022/10/23 02:58:54 server.go:3230: http: TLS handshake error from xx.xx.xx.xx: EOF',
    source: 'https://github.com/golang/go/issues/56382',
    format: 'generic',
    level: null,
    fields: { timestamp: '2022/10/23 02:58:54', source: 'server.go:3230' },
  },
  // Go's zap console encoder: time, level, caller, message and the fields as JSON, separated by tabs.
  {
    line:
      '2025-02-20T15:30:17.360Z\terror\tinternal/queue_sender.go:103\tExporting failed. Dropping data.\t' +
      '{"kind": "exporter", "data_type": "logs", "name": "otlp", "error": "no more retries left: rpc error: ' +
      'code = DeadlineExceeded desc = context deadline exceeded", "dropped_items": 26}',
    source: 'https://github.com/open-telemetry/opentelemetry-collector/issues/12451',
    format: 'generic',
    level: 'error',
    fields: { timestamp: '2025-02-20T15:30:17.360Z', level: 'error' },
  },
  {
    line:
      '2021-02-02T13:40:44.298+0100\tINFO\tjaegerexporter/exporter.go:190\tState of the connection with the Jaeger ' +
      'Collector backend\t{"component_kind": "exporter", "component_type": "jaeger", "component_name": "jaeger", ' +
      '"state": "TRANSIENT_FAILURE"}',
    source: 'https://github.com/open-telemetry/opentelemetry-collector/issues/2434',
    format: 'generic',
    level: 'info',
    fields: { level: 'INFO' },
  },
  // zerolog's console form (Traefik v3).
  {
    line:
      '2025-01-20T11:26:10Z INF github.com/traefik/traefik/v3/cmd/traefik/traefik.go:103 > Traefik version 3.2.0 ' +
      'built on 2024-10-28T14:49:00Z version=3.2.0',
    source: 'https://github.com/dask/dask-gateway/pull/836',
    format: 'generic',
    level: 'info',
    fields: { timestamp: '2025-01-20T11:26:10Z', level: 'INF' },
  },
  {
    line:
      '2025-02-28T14:19:02Z DBG github.com/traefik/traefik/v3/pkg/proxy/httputil/proxy.go:117 > 500 Internal Server Error ' +
      'error="tls: failed to verify certificate: x509: certificate signed by unknown authority"',
    source: 'https://github.com/traefik/traefik/issues/11580',
    format: 'generic',
    level: 'debug',
  },
  // A level word in capitals among the first fields, after a time this file has no layout for.
  {
    line: '[06-07-2019 16:35:12] INFO  [task-executor-2] o.a.p.t.a.t.TaskDriver : Finding next task to execute ',
    source: 'https://github.com/apache/pinot/pull/4291',
    format: 'generic',
    level: 'info',
  },
  {
    line: '11-26 10:08:31.609: E/AndroidRuntime(9242): FATAL EXCEPTION: main',
    source: 'https://github.com/codenameone/CodenameOne/issues/972',
    format: 'generic',
    level: 'error',
    fields: { timestamp: '11-26 10:08:31.609', tag: 'AndroidRuntime', pid: '9242' },
  },
  {
    line: '11-26 10:08:31.601: W/dalvikvm(9242): threadid=1: thread exiting with uncaught exception (group=0x40018560)',
    source: 'https://github.com/codenameone/CodenameOne/issues/972',
    format: 'generic',
    level: 'warning',
    fields: { tag: 'dalvikvm' },
  },
  {
    line: '01-06 22:53:51.235 D/dalvikvm(31677): zygote get new systemTid : 31677',
    source: 'https://github.com/syncthing/syncthing-android/issues/201',
    format: 'generic',
    level: 'debug',
    fields: { timestamp: '01-06 22:53:51.235', tag: 'dalvikvm', pid: '31677' },
  },
  {
    line: '--------- beginning of /dev/log/main',
    source: 'https://github.com/syncthing/syncthing-android/issues/201',
    format: 'generic',
    level: null,
    fields: { buffer: '/dev/log/main' },
  },
  {
    line:
      '2020-03-19 20:45:58.981 788-883/system_process E/WifiVendorHal: getWifiLinkLayerStats(l.937) failed ' +
      '{.code = ERROR_NOT_SUPPORTED, .description = }',
    source: 'https://github.com/logcat-org/logcat.tmLanguage/issues/3',
    format: 'generic',
    level: 'error',
    fields: { timestamp: '2020-03-19 20:45:58.981', pid: '788', tid: '883', process: 'system_process', tag: 'WifiVendorHal' },
  },
  {
    line:
      '04-02 17:47:40.791 32766-32766/? A/DEBUG:       #23 pc 000ce71a  [anon:dalvik-classes.dex extracted in memory ' +
      'from /data/app/com.explusalpha.NesEmu-EihxbJAdHN2N9pQkCu2muQ==/base.apk] (com.imagine.BaseActivity.onDestroy+6)',
    source: 'https://github.com/Rakashazi/emu-ex-plus-alpha/issues/155',
    format: 'generic',
    level: 'critical',
    fields: { process: '?', tag: 'DEBUG' },
  },
  {
    line: '2024-09-13 09:16:39.739850 (pid/6782 [com.apple.dock.]) <Notice>: Service stub created for com.apple.ImageIOXPCService',
    source: 'https://github.com/rxhanson/Rectangle/issues/1460',
    format: 'generic',
    level: 'notice',
    fields: { timestamp: '2024-09-13 09:16:39.739850', domain: 'pid/6782 [com.apple.dock.]' },
  },
  {
    line: '2021-12-03 14:56:43.145942 (system) <Notice>: pending spawn, domain in on-demand-only mode: org.nixos.darwin-store',
    source: 'https://github.com/NixOS/nix/pull/5698',
    format: 'generic',
    level: 'notice',
    fields: { domain: 'system' },
  },
  {
    line: '2020-02-11 11:26:19, Info                  CBS    Starting TrustedInstaller initialization.',
    source: 'https://github.com/Chuyu-Team/Dism-Multi-language/issues/765',
    format: 'generic',
    level: 'info',
    fields: { timestamp: '2020-02-11 11:26:19', component: 'CBS' },
  },
  {
    line: '2022-08-19 05:30:49, Error                 DEPLOY [Pnp] Failed repairing file: C:\\Windows\\System32\\drivers\\storvsp.sys: ',
    source: 'https://github.com/ChrisTitusTech/winutil/issues/108',
    format: 'generic',
    level: 'error',
    fields: { component: 'DEPLOY' },
  },
  {
    line: '2021-09-20 11:17:19, Info                  DISM   Initialized Panther logging at C:\\Windows\\Logs\\DISM\\dism.log',
    source: 'https://github.com/OSDeploy/OSDSUS/issues/3',
    format: 'generic',
    level: 'info',
    fields: { component: 'DISM' },
  },
  {
    line: 'Found DAS config file, trying to load DAS switcher from DAS config file.',
    source: 'https://github.com/NixOS/nixpkgs/pull/287611',
    format: 'generic',
    level: null,
  },
  {
    line: '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    source: 'https://github.com/nginx/docker-nginx/issues/495',
    format: 'generic',
    level: null,
    fields: { program: '/docker-entrypoint.sh' },
  },
  {
    line: 'debug1: get_passwd: LookupAccountName() failed: 1332.',
    source: 'https://github.com/PowerShell/Win32-OpenSSH/issues/1657',
    format: 'generic',
    level: 'debug',
  },
  {
    line: '9168 2018-03-08 09:37:23.611 debug1: trying public key file C:\\\\Users\\\\user\\\\.ssh/authorized_keys',
    source: 'https://github.com/PowerShell/Win32-OpenSSH/issues/1093',
    format: 'generic',
    level: 'debug',
    fields: { pid: '9168', timestamp: '2018-03-08 09:37:23.611' },
  },
  {
    line: '4416 09:56:51 853 debug3: w32_read fd:3',
    source: 'https://github.com/PowerShell/Win32-OpenSSH/issues/409',
    format: 'generic',
    level: 'debug',
    fields: { timestamp: '09:56:51 853' },
  },
  {
    line: '4008 2020-05-28 05:01:00.269 User child is on pid 3460',
    source: 'https://github.com/PowerShell/Win32-OpenSSH/issues/1613',
    format: 'generic',
    level: null,
    fields: { pid: '4008' },
  },
  {
    line: 'panic: Unable to create mmap-ed active query log',
    source: 'https://github.com/prometheus/prometheus/issues/5976',
    format: 'generic',
    level: 'critical',
  },
  {
    line: '10-listen-on-ipv6-by-default.sh: error: /etc/nginx/conf.d/default.conf is not a file or does not exist',
    source: 'https://github.com/nginx/docker-nginx/issues/495',
    format: 'generic',
    level: 'error',
    fields: { program: '10-listen-on-ipv6-by-default.sh' },
  },
  {
    line: "fatal: unable to access 'https://github.com/LionSec/katoolin.git/': Could not resolve host: github.com",
    source: 'https://github.com/LionSec/katoolin/issues/33',
    format: 'generic',
    level: 'critical',
  },
  {
    line: '01-22 08:23:45.054 14701 14717 E AndroidRuntime: FATAL EXCEPTION: Thread-2',
    source: 'https://github.com/SimpleMobileTools/Simple-Clock/issues/563',
    format: 'generic',
    level: 'error',
    fields: { timestamp: '01-22 08:23:45.054', pid: '14701', tid: '14717', tag: 'AndroidRuntime' },
  },
  {
    line: '01-22 08:23:45.057   524 14720 I DropBoxManagerService: add tag=data_app_crash isTagEnabled=true flags=0x2',
    source: 'https://github.com/SimpleMobileTools/Simple-Clock/issues/563',
    format: 'generic',
    level: 'info',
    fields: { pid: '524', tag: 'DropBoxManagerService' },
  },
  {
    line: 'nginx 14:37:37.94 INFO  ==> ** Starting NGINX setup **',
    source: 'https://github.com/bitnami/bitnami-docker-nginx/issues/175',
    format: 'generic',
    level: 'info',
    fields: { program: 'nginx', timestamp: '14:37:37.94' },
  },
  {
    line: '[2019/08/27 09:25:40] [debug] [engine] coroutine stack size: 24576 bytes (24.0K)',
    source: 'https://github.com/fluent/fluent-bit/issues/1534',
    format: 'generic',
    level: 'debug',
    fields: { timestamp: '2019/08/27 09:25:40' },
  },
  {
    line: '29/Jan/2016:15:17:26 +0100 [ERROR 502 /index.php] dial tcp 127.0.0.1:9000: connection refused',
    source: 'https://github.com/caddyserver/caddy/issues/546',
    format: 'generic',
    level: 'error',
  },
];
