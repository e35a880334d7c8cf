/**
 * The packed `errcheck` command: the same command line as `npm run check-log`, with the rules that were
 * compiled from the articles when the package was made (scripts/pack-cli.ts puts them in ERRCHECK_RULES).
 */
import { runCheckLog, stopWhenReaderGoes } from '../lib/check-log-cli.ts';
import type { CompiledRules } from '../../src/lib/checker/types.ts';

declare const ERRCHECK_RULES: CompiledRules;

stopWhenReaderGoes();
process.exitCode = await runCheckLog(process.argv.slice(2), {
  program: 'errcheck',
  loadRules: () => ERRCHECK_RULES,
});
