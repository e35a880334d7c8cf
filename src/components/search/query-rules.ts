/**
 * The checker's rules a query could match, fetched as the small files src/lib/search/rule-shards.ts
 * cuts them into: the list of keys once, then the files of the keys the query contains. Used for
 * every query long enough to be an error (run-query.ts) and for pasted log lines (line-verdict.ts).
 */
import { loadRuleSet, type RuleSet } from '../../lib/checker/rules.ts';
import { FALLBACKS, filesFor, KEY_LIST, mergeRules, type RuleFile, type RuleKeys } from '../../lib/search/rule-shards.ts';

const files = new Map<string, Promise<unknown>>();
const ruleSets = new Map<string, Promise<RuleSet>>();

function rulesFile<T>(name: string): Promise<T> {
  let file = files.get(name);
  if (!file) {
    file = fetch(`/search/rules/${name}.json`).then((response) => {
      if (!response.ok) throw new Error(`search rules ${name}: HTTP ${response.status}`);
      return response.json();
    });
    file.catch(() => files.delete(name));
    files.set(name, file);
  }
  return file as Promise<T>;
}

/**
 * The rules that could match `text`, ready to run. For a pasted log line, also the hub articles of
 * system errors (tier 2). For a typed message, the rules that run on the linear-time engine are left
 * out, so classifying a query never downloads re2js (≈ 45 KB gzipped): search still finds their
 * articles by their words.
 */
export async function rulesFor(text: string, { logLine }: { logLine: boolean }): Promise<RuleSet> {
  const names = [...filesFor(text, await rulesFile<RuleKeys>(KEY_LIST)), ...(logLine ? [FALLBACKS] : [])];
  // Typing a query changes its files seldom: the rules of the same files are prepared once.
  const id = names.join(' ');
  let ready = ruleSets.get(id);
  if (!ready) {
    ready = Promise.all(names.map((name) => rulesFile<RuleFile>(name))).then((files) => {
      const merged = mergeRules(files);
      return loadRuleSet(logLine ? merged : { ...merged, rules: merged.rules.filter((rule) => rule.engine !== 'linear') });
    });
    ready.catch(() => ruleSets.delete(id));
    ruleSets.set(id, ready);
  }
  return ready;
}
