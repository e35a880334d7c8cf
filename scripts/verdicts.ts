/**
 * `npm run verdicts`: the only writer of src/lib/checker-build/regex-verdicts.json and
 * src/lib/checker/fixed-starts.json. Analyses the regexes that are new or changed since the files were
 * written (recheck takes up to a minute on one), reuses the rest, drops what is no longer used. Run it
 * after adding or changing an article pattern or an engine regex, and commit both files.
 * `-- --retry-unknown` analyses the regexes recheck could not decide in time again, with more time
 * (`--retry-unknown=engine` or `=patterns`: only those).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ANALYSIS,
  RETRY_TIMEOUT_MS,
  storedVerdictFile,
  VERDICTS_FILE,
  verdictFileText,
  type VerdictFile,
} from '../src/lib/checker-build/regex-verdicts.ts';
import { computeFixedStarts, computeVerdictFile, FIXED_STARTS_FILE, fixedStartsText, type Progress } from './lib/verdicts.ts';

function retryOption(arg: string | undefined): Progress {
  if (!arg) return {};
  const scope = arg.split('=')[1];
  return { retryUnknown: RETRY_TIMEOUT_MS, ...(scope === 'engine' || scope === 'patterns' ? { retryScope: scope } : {}) };
}

// Relative to the project the command runs in (the build tests run it in a scratch copy).
const write = (file: VerdictFile) => writeFileSync(resolve(VERDICTS_FILE), verdictFileText(file));

// Each verdict is saved as it arrives, so an interrupted run loses at most the analyses in flight.
const stored = storedVerdictFile();
const saved: VerdictFile = stored.analysis === ANALYSIS ? structuredClone(stored) : { analysis: ANALYSIS, patterns: {}, engine: {} };
let analysed = 0;
const file = await computeVerdictFile(undefined, {
  ...retryOption(process.argv.find((arg) => arg.startsWith('--retry-unknown'))),
  analysing: (regex) => console.log(`analysing /${regex.source}/${regex.flags}`),
  analysed: (scope, key, verdict) => {
    analysed++;
    saved[scope][key] = verdict;
    write(saved);
  },
});
write(file);
writeFileSync(resolve(FIXED_STARTS_FILE), fixedStartsText(computeFixedStarts()));
const count = Object.keys(file.patterns).length + Object.keys(file.engine).length;
console.log(`${VERDICTS_FILE}: ${count} verdicts (${analysed} analysed now); ${FIXED_STARTS_FILE} written.`);
