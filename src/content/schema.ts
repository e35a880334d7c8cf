/**
 * The article and category schemas. Kept free of `astro:content` so the content linter and unit tests
 * can validate front matter in plain Node: the caller passes how a reference to another entry is typed.
 */
import { z } from 'astro/zod';
import { LOG_FORMATS } from '../lib/log-formats.ts';
import { checkArticleRules } from '../lib/content/article-rules.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A string field whose type error tells YAML authors to quote values such as 502 or yes. */
const text = (what: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? `${what} is required.` : `${what} must be text; put quotes around values such as "502".`,
  });
const nonEmpty = (what: string) =>
  text(what)
    .trim()
    .min(1, { error: `${what} must not be empty.` });
const kebabId = (what: string) => text(what).regex(kebab, { error: `${what} must be lower-case kebab-case, like "upstream-down".` });

/**
 * A real log line a pattern must match, with where it was seen: the bug report that quotes it, or the
 * documentation page or source file that prints its exact message. The article page links every source
 * ("Seen in the wild"), so an invented line has nowhere to hide.
 */
const SOURCE_HINT = 'the https:// URL of the bug report, documentation page or source file where the line is seen';
const exampleLine = z.object(
  {
    line: nonEmpty('an example line'),
    source: z.url({
      protocol: /^https$/,
      error: (issue) =>
        issue.input === undefined ? `example source is required: ${SOURCE_HINT}.` : 'example source must be a full https:// URL.',
    }),
  },
  {
    error: (issue) =>
      typeof issue.input === 'string'
        ? `an example needs its source: write it as "- line: '…'" with "source: 'https://…'" below it (${SOURCE_HINT}).`
        : 'an example is an object with line and source.',
  },
);

/**
 * The system errors an article is the reference page for: the checker's second tier links a line that
 * no article pattern matches to the article that owns its errno, HTTP status, signal or exit status.
 */
const fallbackSchema = z.object({
  /** errno symbols as Linux names them, e.g. ECONNREFUSED. */
  errno: z.array(text('an errno name').regex(/^E[A-Z0-9]+$/, { error: 'errno names look like ECONNREFUSED.' })).default([]),
  /** HTTP status codes, e.g. 502. */
  httpStatus: z.array(z.number().int().min(100).max(599)).default([]),
  /** Signal names, e.g. SIGKILL. */
  signal: z.array(text('a signal name').regex(/^SIG[A-Z0-9]+$/, { error: 'signal names look like SIGKILL.' })).default([]),
  /** Process exit statuses, e.g. 137 (shell: 128 + signal) or 203 (systemd's EXEC). */
  exitStatus: z.array(z.number().int().min(1).max(255)).default([]),
});

export const categorySchema = z.object({
  name: nonEmpty('name'),
  description: nonEmpty('description'),
  order: z.number().int(),
});

/** `ref` turns a collection name into the schema of a reference to one of its entries. */
export function makeArticleSchema<Ref extends z.ZodType>(ref: (collection: 'articles' | 'categories') => Ref) {
  return z
    .object({
      title: nonEmpty('title'),
      description: nonEmpty('description').max(160, {
        error: 'description is longer than 160 characters; search engines cut it. Shorten it.',
      }),
      quickAnswer: z.object({ question: nonEmpty('quickAnswer.question'), answer: nonEmpty('quickAnswer.answer') }),
      category: ref('categories'),
      collection: nonEmpty('collection'),
      tags: z.array(kebabId('each tag')).min(1, { error: 'add at least one tag.' }),
      errorStrings: z
        .array(nonEmpty('an error string'))
        .min(1, { error: 'add at least one error string: the exact text people paste into search.' }),
      /** Error strings this article shares with another article but is not the primary page for. */
      secondaryErrorStrings: z.array(nonEmpty('a secondary error string')).default([]),
      keyDetails: z.array(nonEmpty('a key detail')).min(3, { error: 'add at least 3 key details.' }),
      causes: z
        .array(z.object({ id: kebabId('cause id'), title: nonEmpty('cause title'), detail: nonEmpty('cause detail') }))
        .min(1, { error: 'add at least one cause.' }),
      steps: z
        .array(
          z.object({
            title: nonEmpty('step title'),
            detail: nonEmpty('step detail'),
            command: z.string().optional(),
            lang: z.string().default('sh'),
          }),
        )
        .min(1, { error: 'add at least one step.' }),
      faq: z.array(z.object({ q: nonEmpty('faq question'), a: nonEmpty('faq answer') })).min(1, {
        error: 'add at least one FAQ entry.',
      }),
      related: z.array(ref('articles')).default([]),
      references: z
        .array(z.object({ title: nonEmpty('reference title'), url: z.url({ error: 'reference url must be a full URL.' }) }))
        .default([]),
      updated: z.coerce.date({ error: 'updated must be a date such as 2026-11-25.' }),
      draft: z.boolean().default(false),
      /** Optional: the errno, HTTP status, signal or exit status values this article is the hub for. */
      fallback: fallbackSchema.optional(),
      patterns: z
        .array(
          z.object({
            id: kebabId('pattern id'),
            format: z.enum(LOG_FORMATS, { error: `format must be one of: ${LOG_FORMATS.join(', ')}.` }),
            match: nonEmpty('match'),
            /** RegExp flags; only `i` is allowed so every rule behaves the same in every engine. */
            flags: z.enum(['', 'i']).default(''),
            cause: kebabId('pattern cause'),
            examples: z.array(exampleLine).min(1, {
              error: 'add at least one real example line the pattern must match.',
            }),
            counterexamples: z.array(z.string()).default([]),
            /**
             * A secondary pattern points readers to this article as a second opinion for lines another
             * article owns (e.g. the 502 overview for `upstream sent too big header`). It ranks lower.
             */
            secondary: z.boolean().default(false),
          }),
        )
        .default([]),
    })
    .superRefine((article, ctx) => {
      for (const problem of checkArticleRules(article)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
    });
}
