/**
 * npm run --silent check-log -- [--json] [--follow] [--errors-only] [--summary] [FILE]
 *
 * The log checker on the command line, with the rules built from the articles in this repository
 * (scripts/lib/check-log-cli.ts has the options and exit statuses; `--help` prints them).
 */
import { loadCompiledRules } from './lib/checker-rules.ts';
import { runCheckLog, stopWhenReaderGoes } from './lib/check-log-cli.ts';

stopWhenReaderGoes();
process.exitCode = await runCheckLog(process.argv.slice(2), {
  program: 'npm run --silent check-log --',
  loadRules: () => loadCompiledRules(),
});
