import type { FormatDefinition, Sample } from './types.ts';
import { DATE, MONTH, MONTH_INITIALS, re, TIME } from './fragments.ts';

// log4j / logback levels, and java.util.logging's.
const LEVELS = 'TRACE|DEBUG|INFO|WARN|ERROR|FATAL';
const JUL_LEVELS = 'SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST';
// `%d` (ISO8601, `2015-10-18 18:01:47,978`) and Spring Boot's `2024-04-08T10:00:00.123+02:00`.
const TIMESTAMP = `(?<timestamp>${DATE}[T ]${TIME}[,.]\\d{3}(?:Z|[+-]\\d{2}:?\\d{2})?)`;
// A logger or class name: `org.apache.hadoop.Foo`, Spring's abbreviated `o.s.b.w.embedded.tomcat.TomcatWebServer`.
const LOGGER = '(?<logger>(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*)';
/** A class under the usual top-level packages: `java.net.ConnectException`, `org.postgresql.util.PSQLException`. */
const QUALIFIED_NAME = '(?:java|javax|jakarta|org|com|io|net|kotlin|scala)\\.(?:[\\w$]+\\.)*[A-Z][\\w$]*';

export const java: FormatDefinition = {
  id: 'java',
  program: /^java$/,
  level: { words: { severe: 'error', config: 'debug', fine: 'debug', finer: 'debug', finest: 'debug' } },
  layouts: [
    // `%d %-5p [%t] …`, Spring Boot `%d %5p %pid --- [%t] %logger : `: `2015-10-18 18:01:47,978 INFO [main] org.apache…`,
    // `2024-04-08T10:00:00.123+02:00  INFO 12345 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : …`.
    { pattern: re(`^${TIMESTAMP} +(?<level>${LEVELS}) +(?:(?<pid>\\d+) --- )?\\[(?<thread>[^\\]]*)\\] +`) },
    // log4j's `%d [%t] %-5p %c - %m`: `2015-10-18 18:01:47,978 [main] INFO  org.apache.Foo - …`.
    { pattern: re(`^${TIMESTAMP} +\\[(?<thread>[^\\]]*)\\] +(?<level>${LEVELS}) +`) },
    // `%d %-5p %c - %m` with a class name: `2024-04-08 10:00:00,123 ERROR org.apache.kafka.Foo - …`.
    { pattern: re(`^${TIMESTAMP} +(?<level>${LEVELS}) +${LOGGER}[: ]`) },
    // ZooKeeper's `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m` (older releases print no `[myid:…]`):
    // `2019-07-08 23:04:19,812 [myid:3] - WARN  [WorkerSender[myid=3]:QuorumCnxManager@588] - Cannot open channel …`.
    { pattern: re(`^${TIMESTAMP} (?:\\[myid:\\d*\\] )?- (?<level>${LEVELS}) +\\[`) },
    // Kafka's `[%d] %p %m (%c)`: `[2021-04-02 01:33:45,703] WARN Cannot open channel to 1 at … (org.apache.zookeeper…)`.
    // Flask's `[%(asctime)s] %(levelname)s in %(module)s: …` looks the same up to `in`, and is Python's.
    { pattern: re(`^\\[(?<timestamp>${DATE} ${TIME},\\d{3})\\] (?<level>${LEVELS}) (?!in [\\w.]+: )`), first: '[' },
    // log4j's `%d{yy/MM/dd HH:mm:ss} %p %c{2}: %m` (Hadoop, Spark): `18/11/27 09:32:03 WARN namenode.FSNamesystem: …`.
    { pattern: re(`^(?<timestamp>\\d{2}/\\d{2}/\\d{2} ${TIME}) (?<level>${LEVELS}) (?<logger>[\\w$.]+): `) },
    // logback's default `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg`.
    { pattern: re(`^(?<timestamp>${TIME}\\.\\d{3}) \\[(?<thread>[^\\]]*)\\] (?<level>${LEVELS}) +(?<logger>[\\w$.]+) - `) },
    // Tomcat's OneLineFormatter: `08-Apr-2024 10:00:00.123 SEVERE [main] org.apache.catalina.startup.Catalina.start …`.
    { pattern: re(`^(?<timestamp>\\d{2}-${MONTH}-\\d{4} ${TIME}\\.\\d{3}) (?<level>${JUL_LEVELS}) \\[(?<thread>[^\\]]*)\\] `) },
    // java.util.logging's SimpleFormatter: `Apr 08, 2024 10:00:00 AM com.example.App main`, then `SEVERE: …`.
    {
      pattern: re(`^(?<timestamp>${MONTH} \\d{2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M) (?<logger>[\\w$.]+) (?<method>\\S+)$`),
      first: MONTH_INITIALS,
      needs: ', ',
      levelOnNextLine: re(`^(?:${JUL_LEVELS}): `),
    },
    { pattern: re('^(?<level>SEVERE|CONFIG|FINE|FINER|FINEST): '), first: 'SCF', needs: ': ' },
    // Exceptions and their frames: `java.net.ConnectException: Connection refused`, `at org.Foo.bar(Foo.java:12)`.
    {
      pattern: re(`^(?:Exception in thread "[^"]*" |Caused by: )?(?<exception>${QUALIFIED_NAME})(?::|$)`),
      first: 'ECjoicnks',
      continuesRecord: true,
    },
    // Java 9+ frames name the module: `at java.base/java.net.PlainSocketImpl.socketConnect(Native Method)`.
    {
      pattern: re(
        '^at (?:[\\w.$-]+/)?(?:[\\w$<>]+\\.)+[\\w$<>]+\\((?:[\\w$]+\\.(?:java|kt|scala|groovy):\\d+|Native Method|Unknown Source)\\)',
      ),
      first: 'a',
      continuesRecord: true,
    },
  ],
};

export const samples: Sample[] = [
  {
    line:
      '2019-07-08 23:04:19,812 [myid:3] - WARN  [WorkerSender[myid=3]:QuorumCnxManager@588] - ' +
      'Cannot open channel to 1 at election address /172.16.138.205:5888',
    source: 'https://github.com/Juniper/contrail-charms/issues/87',
    format: 'java',
    level: 'warning',
    fields: { timestamp: '2019-07-08 23:04:19,812' },
  },
  {
    line:
      '2023-09-25 09:25:42,096 [myid:] - WARN  [QuorumConnectionThread-[myid=2]-8959:o.a.z.s.q.QuorumCnxManager@401] - ' +
      'Cannot open channel to 1 at election address ' +
      'clickhouse-zookeeper-0.clickhouse-zookeepers.logs.svc.cluster.local/10.233.77.184:3888',
    source: 'https://github.com/Altinity/clickhouse-operator/issues/1245',
    format: 'java',
    level: 'warning',
  },
  {
    line:
      '[2021-04-02 01:33:45,703] WARN Cannot open channel to 1 at election address ' +
      'my-connect-cp-zookeeper-0.my-connect-cp-zookeeper-headless.kafka/10.128.3.26:3888 ' +
      '(org.apache.zookeeper.server.quorum.QuorumCnxManager)',
    source: 'https://github.com/confluentinc/cp-helm-charts/issues/487',
    format: 'java',
    level: 'warning',
    fields: { timestamp: '2021-04-02 01:33:45,703' },
  },
  {
    line:
      '2014-09-23 13:14:44.712  INFO 47376 --- [           main] .t.TomcatEmbeddedServletContainerFactory ' +
      ': Server initialized with port: 8080',
    source: 'https://github.com/spring-projects/spring-boot/issues/1601',
    format: 'java',
    level: 'info',
    fields: { timestamp: '2014-09-23 13:14:44.712', pid: '47376', thread: '           main' },
  },
  {
    line:
      '2026-05-21T19:36:06.307468925Z 2026-05-21T19:36:06.306Z  INFO 95 --- [     ' +
      '      main] o.s.b.w.e.j.JettyServletWebServerFactory : Server initialized with ' +
      'port: 8080',
    source: 'https://github.com/vulhub/vulhub/pull/783',
    format: 'java',
    level: 'info',
    wrappers: ['docker-timestamps'],
    fields: { timestamp: '2026-05-21T19:36:06.306Z', pid: '95' },
  },
  {
    line: '01-May-2024 10:43:21.591 INFO [main] org.apache.catalina.core.ApplicationContext.log SessionListener: contextInitialized()',
    source: 'https://github.com/joinfaces/joinfaces/issues/2304',
    format: 'java',
    level: 'info',
    fields: { timestamp: '01-May-2024 10:43:21.591', thread: 'main' },
  },
  {
    line: 'java.net.ConnectException: Connection refused: no further information',
    source: 'https://github.com/rpgboss/rpgboss/issues/190',
    format: 'java',
    level: null,
    fields: { exception: 'java.net.ConnectException' },
  },
  {
    line: 'Caused by: java.net.ConnectException: Connection refused: connect',
    source: 'https://github.com/openMF/DataImportTool/issues/37',
    format: 'java',
    level: null,
    fields: { exception: 'java.net.ConnectException' },
  },
  {
    line: 'at sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)',
    source: 'https://github.com/rpgboss/rpgboss/issues/190',
    format: 'java',
    level: null,
  },
  {
    line: 'at java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:399)',
    source: 'https://github.com/daolanfler/test/issues/58',
    format: 'java',
    level: null,
  },
  {
    line: '18/11/27 09:32:03 WARN namenode.FSNamesystem: Encountered exception loading fsimage',
    source: 'https://github.com/apache-spark-on-k8s/kubernetes-HDFS/issues/65',
    format: 'java',
    level: 'warning',
  },
];
