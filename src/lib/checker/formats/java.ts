import type { FormatDefinition, Sample } from './types.ts';
import { DATE, MONTH, re, TIME } from './fragments.ts';

// log4j / logback levels, and java.util.logging's.
const LEVELS = 'TRACE|DEBUG|INFO|WARN|ERROR|FATAL';
const JUL_LEVELS = 'SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST';
// `%d` (ISO8601, `2015-10-18 18:01:47,978`) and Spring Boot's `2024-04-08T10:00:00.123+02:00`.
const TIMESTAMP = `(?<timestamp>${DATE}[T ]${TIME}[,.]\\d{3}(?:Z|[+-]\\d{2}:?\\d{2})?)`;
// A logger or class name: `org.apache.hadoop.Foo`, Spring's abbreviated `o.s.b.w.embedded.tomcat.TomcatWebServer`.
const LOGGER = '(?<logger>(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*)';

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
    // logback's default `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg`.
    { pattern: re(`^(?<timestamp>${TIME}\\.\\d{3}) \\[(?<thread>[^\\]]*)\\] (?<level>${LEVELS}) +(?<logger>[\\w$.]+) - `) },
    // Tomcat's OneLineFormatter: `08-Apr-2024 10:00:00.123 SEVERE [main] org.apache.catalina.startup.Catalina.start …`.
    { pattern: re(`^(?<timestamp>\\d{2}-${MONTH}-\\d{4} ${TIME}\\.\\d{3}) (?<level>${JUL_LEVELS}) \\[(?<thread>[^\\]]*)\\] `) },
    // java.util.logging's SimpleFormatter: `Apr 08, 2024 10:00:00 AM com.example.App main`, then `SEVERE: …`.
    { pattern: re(`^(?<timestamp>${MONTH} \\d{2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M) (?<logger>[\\w$.]+) (?<method>\\S+)$`) },
    { pattern: re('^(?<level>SEVERE|CONFIG|FINE|FINER|FINEST): '), first: 'SCF' },
    // Exceptions and their frames: `java.net.ConnectException: Connection refused`, `at org.Foo.bar(Foo.java:12)`.
    {
      pattern: re('^(?:Exception in thread "[^"]*" |Caused by: )?(?<exception>(?:java|javax|jakarta|org|com|io|net|kotlin|scala)\\.(?:[\\w$]+\\.)*[A-Z][\\w$]*)(?::|$)'),
      first: 'ECjoicnks',
    },
    { pattern: re('^at (?:[\\w$<>]+\\.)+[\\w$<>]+\\((?:[\\w$]+\\.(?:java|kt|scala|groovy):\\d+|Native Method|Unknown Source)\\)'), first: 'a' },
  ],
};

export const samples: Sample[] = [];
