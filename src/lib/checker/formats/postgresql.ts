import type { FormatDefinition, Sample } from './types.ts';
import { DATE, re, TIME } from './fragments.ts';

const LEVELS = 'DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|QUERY|CONTEXT|STATEMENT|LOCATION';
// `%t` / `%m`: `2020-02-14 17:26:38.505 UTC`, `2022-02-17 06:45:10.440 -0800`.
const TIMESTAMP = `(?<timestamp>${DATE} ${TIME}(?:\\.\\d+)?(?: [A-Z]{2,5}| ?[+-]\\d{2}(?::?\\d{2})?)?)`;

export const postgresql: FormatDefinition = {
  id: 'postgresql',
  oneLineEntries: true,
  program: /^(?:postgres|postmaster)/,
  // jsonlog (PostgreSQL 15+, elog.c write_jsonlog) and operators that pass its fields on, such as
  // CloudNativePG inside its own `"level":"info"` object: the severity is PostgreSQL's.
  json: {
    message: ['message'],
    level: ['error_severity'],
    timestamp: ['timestamp', 'log_time'],
    needs: '"error_severity":',
  },
  layouts: [
    // Any log_line_prefix that starts `%m [%p]` or `%t [%p]` (`[%p-%l]` too), whatever follows it:
    // `2020-02-14 17:26:38.505 UTC [62] FATAL:  …`, `… [1547-1] 172.16.105.4(43212) test@3 FATAL:  …`,
    // `… [30291]: db=[unknown],user=[unknown] LOG:  …`. PostgreSQL puts two spaces after the level.
    { pattern: re(`^${TIMESTAMP} \\[(?<pid>\\d+)(?:-\\d+)?\\]:?.*? (?<level>${LEVELS}):  ?`) },
    // Amazon RDS's fixed `%t:%r:%u@%d:[%p]:`: `2019-03-10 03:54:59 UTC:10.0.0.123(52834):postgres@tstdb:[20175]:ERROR: …`.
    {
      pattern: re(`^${TIMESTAMP}:(?<client>[^:\\s]*):(?<user>[^@:\\s]*)@(?<database>[^:\\s]*):\\[(?<pid>\\d+)\\]:(?<level>${LEVELS}):  ?`),
    },
    // csvlog: time, user, database, pid, client, session, line, command, session start, vxid, xid, severity, …
    // `2023-06-23 14:01:01.217 EDT,"amalek","test",25987,"10.150.20.18:50840",6495dddc.6583,3,"authentication",…,FATAL,28P01,…`.
    // The ten columns between time and severity are skipped as one repetition, which recheck can prove linear.
    { pattern: re(`^${TIMESTAMP},(?:[^,]*,){10}(?<level>${LEVELS}),`) },
    // Without a prefix (docker-entrypoint output, psql): `FATAL:  password authentication failed for user "root"`.
    // psql running a script names the file and line: `psql:census_metadata_load.sql:21: ERROR:  duplicate key value …`.
    {
      pattern: re(
        '^(?:psql:(?: (?:error: )?|(?<file>[^\\s:]+):(?<line>\\d+): ))?' +
          '(?<level>LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):  ',
      ),
      first: 'pLEFPWNDHSCQ',
    },
    { pattern: re('^psql: (?:error: )?'), first: 'p' },
  ],
};

export const samples: Sample[] = [
  {
    line:
      '{"level":"info","ts":"2024-01-08T17:29:57Z","logger":"postgres","msg":"record' +
      '","logging_pod":"outline-cnpg-main-1","record":{"log_time":"2024-01-08 17:29:57.225 UTC' +
      '","user_name":"outline","database_name":"outline","process_id":"15393' +
      '","connection_from":"172.16.7.138:40702","session_id":"659c3115.3c21","session_line_num":"1' +
      '","command_tag":"authentication","session_start_time":"2024-01-08 17:29:57 UTC' +
      '","virtual_transaction_id":"5/26062","transaction_id":"0","error_severity":"FATAL' +
      '","sql_state_code":"28P01","message":"password authentication failed for user \\"outline\\"' +
      '","detail":"Connection matched file \\"/var/lib/postgresql/data/pgdata/pg_hba.conf\\" line 14: ' +
      '\\"host all all all scram-sha-256\\"' +
      '","backend_type":"client backend","query_id":"0"}}',
    source: 'https://github.com/trueforge-org/truecharts/issues/17048',
    format: 'postgresql',
    level: 'critical',
    fields: { level: 'FATAL', timestamp: '2024-01-08 17:29:57.225 UTC' },
  },
  {
    line: '2020-02-14 17:26:38.505 UTC [62] FATAL:  password authentication failed for user "postgres"',
    source: 'https://github.com/docker-library/postgres/issues/679',
    format: 'postgresql',
    level: 'critical',
    fields: { timestamp: '2020-02-14 17:26:38.505 UTC', pid: '62', level: 'FATAL' },
  },
  {
    line: '2023-01-25 11:47:22 UTC [1547-1] 172.16.105.4(43212) test@3 FATAL:  password authentication failed for user "test"',
    source: 'https://github.com/autobase-tech/autobase/issues/246',
    format: 'postgresql',
    level: 'critical',
    fields: { pid: '1547' },
  },
  {
    line: '2020-03-05 15:37:48.700 GMT [18947] LOG:  database system is ready to accept connections',
    source: 'https://github.com/2ndQuadrant/pglogical/issues/245',
    format: 'postgresql',
    level: 'info',
    fields: { timestamp: '2020-03-05 15:37:48.700 GMT', pid: '18947' },
  },
  {
    line: '2019-10-20 03:00:32 UTC:172.21.7.53(49654):user@db:[1371]:LOG:  duration: 39401.431 ms  statement:',
    source: 'https://github.com/darold/pgbadger/issues/540',
    format: 'postgresql',
    level: 'info',
    fields: { timestamp: '2019-10-20 03:00:32 UTC', client: '172.21.7.53(49654)', user: 'user', database: 'db', pid: '1371' },
  },
  {
    line: '2019-10-22 03:09:45 UTC::@:[25852]:LOG:  automatic vacuum of table "db.schema.tablename": index scans: 1',
    source: 'https://github.com/darold/pgbadger/issues/540',
    format: 'postgresql',
    level: 'info',
    fields: { pid: '25852' },
  },
  {
    line: 'psql:census_metadata_load.sql:21: ERROR:  duplicate key value violates unique constraint "census_column_metadata_pkey"',
    source: 'https://github.com/censusreporter/census-postgres-scripts/issues/9',
    format: 'postgresql',
    level: 'error',
    fields: { file: 'census_metadata_load.sql', line: '21' },
  },
  {
    line: 'CONTEXT:  COPY census_column_metadata, line 11467: "B19080,5.0,B19080005,Lower Limit of Top 5 Percent,0,"',
    source: 'https://github.com/censusreporter/census-postgres-scripts/issues/9',
    format: 'postgresql',
    level: null,
  },
  {
    line:
      '2023-06-23 14:01:01.217 EDT,"amalek","test",25987,"10.150.20.18:50840",6495dddc.6583,3,"authentication",2023-06-23 ' +
      '14:01:00 EDT,22/235732,0,FATAL,28000,"PAM authentication failed for user ""amalek""","Connection ' +
      'matched pg_hba.conf line 148: ""hostssl test             all             0.0.0.0/0 ' +
      '        pam""",,,,,,,,"","client backend",,-8259055824528607182',
    source: 'https://github.com/pgaudit/pgaudit_analyze/pull/23',
    format: 'postgresql',
    level: 'critical',
    fields: { timestamp: '2023-06-23 14:01:01.217 EDT', level: 'FATAL' },
  },
];
