/**
 * Every format and wrapper definition, in the order detection tries them: wrappers first (peeled off in
 * turn), then formats most specific first, `generic` last. Adding a format is adding its module here.
 */
import type { FormatDefinition, WrapperDefinition } from './types.ts';
import { buildkit, cri, dockerCompose, dockerDesktop, dockerJson, dockerTimestamps, kubectlPrefix } from './wrappers/docker.ts';
import { journal, journalJson } from './wrappers/journald.ts';
import { rfc5424, syslog } from './wrappers/syslog.ts';
import { jenkinsTimestamper, netlifyBuild } from './wrappers/build-logs.ts';
import { cloudFoundry } from './wrappers/cloud-foundry.ts';
import { ctrlC, paneBorder } from './wrappers/terminal.ts';
import { nginxError } from './nginx-error.ts';
import { apacheError } from './apache-error.ts';
import { kernel } from './kernel.ts';
import { phpFpm } from './php-fpm.ts';
import { postgresql } from './postgresql.ts';
import { mysql } from './mysql.ts';
import { redis } from './redis.ts';
import { haproxy } from './haproxy.ts';
import { docker } from './docker.ts';
import { kubernetes } from './kubernetes.ts';
import { nodejs } from './nodejs.ts';
import { java } from './java.ts';
import { supervisord } from './supervisord.ts';
import { python } from './python.ts';
import { nginxAccess } from './nginx-access.ts';
import { apacheAccess } from './apache-access.ts';
import { journald } from './journald.ts';
import { logfmt } from './logfmt.ts';
import { json } from './json.ts';
import { generic } from './generic.ts';

export const WRAPPERS: WrapperDefinition[] = [
  paneBorder,
  ctrlC,
  dockerCompose,
  buildkit,
  kubectlPrefix,
  cri,
  dockerTimestamps,
  dockerDesktop,
  dockerJson,
  journalJson,
  rfc5424,
  syslog,
  journal,
  netlifyBuild,
  jenkinsTimestamper,
  cloudFoundry,
];

export const FORMATS: FormatDefinition[] = [
  nginxError,
  apacheError,
  kernel,
  phpFpm,
  postgresql,
  mysql,
  redis,
  haproxy,
  docker,
  kubernetes,
  nodejs,
  // Java's and supervisord's timestamped lines are told by what follows the level; Python's are what is left.
  java,
  supervisord,
  python,
  nginxAccess,
  apacheAccess,
  journald,
  logfmt,
  json,
  generic,
];
