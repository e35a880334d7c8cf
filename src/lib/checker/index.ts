/**
 * The log checker's public entry. Pure TypeScript: runs in the page, in a Web Worker and in Node.
 *
 *   buildRules(articles)         → CompiledRules (JSON, once per site build; Node only, regex-verdicts.ts)
 *   loadRuleSet(compiled)        → RuleSet (regexes and the literal index, once per page/process)
 *   classifyText(text, ruleSet)  → CheckResult (per line, plus a summary by error)
 *
 * Safety, matching time linear in the input: a hybrid decided per pattern when the rules are built.
 * recheck analyses every article pattern; those it finds safe run on V8's RegExp, the others on re2js
 * (a linear-time automaton engine), and exponential ones fail the build. Neither engine alone would
 * do: all patterns on re2js measured 10–45 times slower per regex run than V8, far below the
 * throughput target, and proving every pattern safe would forbid the common, harmless `prefix .*
 * suffix` shape (quadratic only on adversarial lines). The engine's own regexes (formats, fields,
 * errno, search words) are all recheck-safe, which tests/unit/checker-safety.test.ts checks. Lines are
 * also cut at MAX_LINE_LENGTH, and rules see at most RULE_WINDOW characters of each.
 */
export { compileRules, requiredLiterals, requiredTexts, type ArticleForRules } from './compile-rules.ts';
export { prepareRules, loadRuleSet, matchRules, type RuleSet } from './rules.ts';
export { classifyText, classifyLine } from './classify.ts';
export { detectFormat } from './formats.ts';
export { findErrno } from './errno.ts';
export { meaningfulWords } from './search-terms.ts';
export { splitLogLines, MAX_LINE_LENGTH } from './normalise.ts';
export type * from './types.ts';
