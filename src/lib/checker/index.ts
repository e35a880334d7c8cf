/**
 * The log checker's public entry. Pure TypeScript: runs in the page, in a Web Worker and in Node.
 *
 *   buildRules(articles)         → CompiledRules (JSON, once per site build; Node only, regex-verdicts.ts)
 *   loadRuleSet(compiled)        → RuleSet (regexes and the literal index, once per page/process)
 *   classifyText(text, ruleSet)  → CheckResult (per line, plus a summary by error)
 *
 * Safety, matching time linear in the input: a hybrid decided per pattern when the rules are built
 * (regex-verdicts.ts, compile-rules.ts). A pattern runs on V8's RegExp only when it is proven linear:
 * by its shape (no unbounded repetition except one that ends it) or by recheck, whose verdict is a
 * proof from automata for most patterns and the result of fuzzing for those with lookaround, counted
 * repetition or a large automaton. Every other pattern (recheck finds about one in ten polynomial: an unanchored `prefix .*
 * suffix` is quadratic on adversarial lines) runs on re2js, a linear-time automaton engine, unless it
 * starts with fixed texts and one attempt from a position is proven linear: then a few V8 attempts at
 * the places those texts occur replace the re2js run, up to a bound per line (rules.ts); exponential
 * ones fail the build. Neither engine alone would do: re2js measured 10–45 times slower than V8 per
 * regex run, far below the throughput target with every rule on it, and proving every pattern safe
 * would forbid that common, otherwise harmless shape. The engine's own regexes (formats, fields, errno,
 * search words) are all proven linear too (tests/unit/checker-safety.test.ts). As a last bound, lines
 * are cut at MAX_LINE_LENGTH and rules see at most RULE_WINDOW characters of each.
 */
export { compileRules, requiredLiterals, requiredTexts, type ArticleForRules } from './compile-rules.ts';
export { prepareRules, loadRuleSet, matchRules, type RuleSet } from './rules.ts';
export { classifyText, classifyLine, plainLine } from './classify.ts';
export { findErrno } from './errno.ts';
export { meaningfulWords } from './search-terms.ts';
export { splitLogLines, MAX_LINE_LENGTH } from './normalise.ts';
export type * from './types.ts';
