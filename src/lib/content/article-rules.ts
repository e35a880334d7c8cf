/**
 * Cross-field rules for one article's front matter: the checks a per-field schema cannot express.
 * Pure functions over plain data, shared by the content collection (build), the content linter and tests.
 */

export interface ArticleRuleInput {
  causes: { id: string }[];
  patterns: {
    id: string;
    match: string;
    flags?: string;
    cause: string;
    examples: { line: string; source: string }[];
    counterexamples: string[];
  }[];
}

export interface RuleProblem {
  /** Dotted path into the front matter, e.g. `patterns.2.examples.0`. */
  path: (string | number)[];
  message: string;
}

/** Text the scaffolder (`npm run new`) puts where a real log line must go; the build rejects it. */
export const EXAMPLE_PLACEHOLDER = 'REPLACE WITH A REAL LOG LINE';
/** The scaffolder's stand-in for where that line is seen; the build rejects it too. */
export const EXAMPLE_SOURCE_PLACEHOLDER = 'https://example.org/REPLACE-WITH-WHERE-THE-LINE-IS-SEEN';

/** Compiles a pattern's `match` the way the checker will: case-sensitive unless flags say otherwise. */
export function compilePattern(match: string, flags = ''): RegExp {
  return new RegExp(match, flags);
}

export function checkArticleRules(article: ArticleRuleInput): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const causeIds = new Set<string>();

  article.causes.forEach((cause, i) => {
    if (causeIds.has(cause.id)) {
      problems.push({
        path: ['causes', i, 'id'],
        message: `cause id "${cause.id}" is used twice. Give every cause its own id: it is the anchor that fix links point to.`,
      });
    }
    causeIds.add(cause.id);
  });

  const patternIds = new Set<string>();
  article.patterns.forEach((pattern, i) => {
    if (patternIds.has(pattern.id)) {
      problems.push({
        path: ['patterns', i, 'id'],
        message: `pattern id "${pattern.id}" is used twice in this article. Rename one of them.`,
      });
    }
    patternIds.add(pattern.id);

    if (!causeIds.has(pattern.cause)) {
      const known = [...causeIds].map((id) => `"${id}"`).join(', ') || '(none)';
      problems.push({
        path: ['patterns', i, 'cause'],
        message:
          `pattern "${pattern.id}" points to cause "${pattern.cause}", which this article does not define. ` +
          `Use one of the ids under causes: ${known}.`,
      });
    }

    let regex: RegExp;
    try {
      regex = compilePattern(pattern.match, pattern.flags);
    } catch (error) {
      problems.push({
        path: ['patterns', i, 'match'],
        message:
          `pattern "${pattern.id}" is not a valid regular expression (${(error as Error).message}). ` +
          `Fix the regex source; remember that YAML single quotes keep backslashes as they are.`,
      });
      return;
    }

    pattern.examples.forEach(({ line: example, source }, j) => {
      if (source === EXAMPLE_SOURCE_PLACEHOLDER) {
        problems.push({
          path: ['patterns', i, 'examples', j, 'source'],
          message:
            `pattern "${pattern.id}" still has the scaffold's placeholder source. ` +
            `Put the https URL of the bug report, documentation page or source file where the line is seen.`,
        });
      }
      if (example.includes(EXAMPLE_PLACEHOLDER)) {
        problems.push({
          path: ['patterns', i, 'examples', j],
          message:
            `pattern "${pattern.id}" still has the scaffold placeholder. ` +
            `Paste a real log line the software printed (from its source, docs or a public bug report) and write \`match\` to fit it.`,
        });
        return;
      }
      if (!regex.test(example)) {
        problems.push({
          path: ['patterns', i, 'examples', j],
          message:
            `example line does not match pattern "${pattern.id}": ${JSON.stringify(example)}. ` +
            `Loosen the regex or correct the example (it must be a real log line).`,
        });
      }
    });
    pattern.counterexamples.forEach((line, j) => {
      if (regex.test(line)) {
        problems.push({
          path: ['patterns', i, 'counterexamples', j],
          message:
            `counterexample matches pattern "${pattern.id}" but must not: ${JSON.stringify(line)}. ` +
            `Tighten the regex so it tells these lines apart.`,
        });
      }
    });
  });

  return problems;
}
