/**
 * The log checker's public entry for Node tools (the check-log CLI, tests, the bench). Browser code
 * imports the modules it needs directly, never this barrel (tests/unit/runtime-imports.test.ts), so a
 * page bundle holds only what the page runs.
 *
 *   buildRules(articles)         → CompiledRules (JSON, once per site build: checker-build/compile-rules.ts)
 *   loadRuleSet(compiled)        → RuleSet (regexes and the literal index, once per page/process)
 *   classifyText(text, ruleSet)  → CheckResult (per line, plus a summary by error)
 *
 * Safety, matching time linear in the input: a hybrid decided per pattern when the rules are built
 * (checker-build/). A pattern runs on V8's RegExp only when it is proven linear: by its shape (few
 * choices; unbounded repetitions only of one character, at the end or entered only near the start of
 * a run, as in `port \d+`) or by recheck's automaton analysis of the pattern with every count made
 * unbounded. Every other pattern runs on re2js,
 * a linear-time automaton engine, unless it starts with fixed texts and one attempt from a position is
 * proven linear: then a few V8 attempts at the places those texts occur replace the re2js run, up to a
 * bound per line (rules.ts); exponential ones fail the build. Neither engine alone would do: re2js
 * measured 10–45 times slower than V8 per regex run, far below the throughput target with every rule
 * on it. The engine's own regexes (formats, fields, errno, search words) are all proven linear too
 * (tests/unit/checker-safety.test.ts). As a last bound, lines are cut at MAX_LINE_LENGTH and rules see
 * at most RULE_WINDOW characters of each.
 */
export { prepareRules, loadRuleSet, matchRules, type RuleSet } from './rules.ts';
export { classifyText, classifyLine, plainLine } from './classify.ts';
export { findErrno } from './errno.ts';
export { meaningfulWords } from './search-terms.ts';
export { splitLogLines, MAX_LINE_LENGTH } from './normalise.ts';
export type * from './types.ts';
