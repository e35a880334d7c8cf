/**
 * The log checker's reading of a pasted line, shown above the search results: the same rules file
 * and classifier the checker page uses. Runs inside log-line-worker.ts, started on the first log line.
 */
import { classifyLine } from '../../lib/checker/classify.ts';
import { loadRuleSet, RULES_URL, type RuleSet } from '../../lib/checker/rules.ts';
import type { CompiledRules, LineResult } from '../../lib/checker/types.ts';

let rules: Promise<RuleSet> | undefined;

function loadRules(): Promise<RuleSet> {
  rules ??= fetch(RULES_URL).then(async (response) => {
    if (!response.ok) throw new Error(`checker rules: HTTP ${response.status}`);
    return loadRuleSet((await response.json()) as CompiledRules);
  });
  rules.catch(() => (rules = undefined));
  return rules;
}

export async function checkLogLine(line: string): Promise<LineResult | null> {
  return classifyLine(line, await loadRules());
}
