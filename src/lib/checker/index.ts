/**
 * The log checker's public entry. Pure TypeScript: runs in the page, in a Web Worker and in Node.
 *
 *   compileRules(articles)  → CompiledRules (JSON, built once per site build)
 *   prepareRules(compiled)  → RuleSet (regexes and the literal index, built once per page/process)
 *   classifyText(text, set) → CheckResult (per line, plus a summary by error)
 *
 * Safety: article regexes run on V8's backtracking engine, so each one is proven free of catastrophic
 * backtracking when the rules are built (assertLinearRules, with recheck) and the build fails
 * otherwise; lines are also cut at MAX_LINE_LENGTH. We chose the build-time proof over a linear-time
 * engine such as re2js because it keeps the page free of a second regex engine (bytes and parse time),
 * keeps authors' JavaScript regex syntax exactly as the content schema validates it, and lets V8's
 * compiled regexes reach the throughput target.
 */
export { compileRules, requiredLiteral, requiredLiterals, type ArticleForRules } from './compile-rules.ts';
export { prepareRules, matchRules, type RuleSet } from './rules.ts';
export { classifyText, classifyLine } from './classify.ts';
export { detectFormat } from './formats.ts';
export { findErrno } from './errno.ts';
export { meaningfulWords } from './search-terms.ts';
export { splitLogLines, MAX_LINE_LENGTH } from './normalise.ts';
export type * from './types.ts';
