/**
 * Reads article sources straight from disk and validates them with the same schema the site uses,
 * without Astro: for the content linter, the check-log CLI, content tests and the bench.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../../src/lib/content/front-matter.ts';
import { z } from 'astro/zod';
import { makeArticleSchema } from '../../src/content/schema.ts';

export const ARTICLES_DIR = 'src/content/articles';

const articleSchema = makeArticleSchema(() => z.string());
export type ArticleData = z.infer<typeof articleSchema> & { category: string; related: string[] };

export interface SourceArticle {
  id: string;
  file: string;
  data: ArticleData;
  body: string;
}

export interface SourceProblem {
  file: string;
  line?: number;
  path: string;
  message: string;
}

export function listArticleFiles(dir = ARTICLES_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .sort();
}

export const articleId = (file: string, root = ARTICLES_DIR) => relative(root, file).replace(/\.mdx$/, '');


/** Parses and validates one file. Returns the article or every problem found in it. */
export function readArticle(file: string, root = ARTICLES_DIR): { article?: SourceArticle; problems: SourceProblem[] } {
  const name = relative(process.cwd(), file);
  const source = readFileSync(file, 'utf8');
  const parts = splitFrontMatter(source);
  if (!parts) {
    return { problems: [{ file: name, line: 1, path: '(file)', message: 'no front matter: the file must start with a --- block.' }] };
  }
  const doc = parseDocument(parts.yaml, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file: name,
        line: (error.linePos?.[0]?.line ?? 0) + 1,
        path: '(yaml)',
        message: error.message.split('\n')[0]!,
      })),
    };
  }
  const lineOf = (path: (string | number | symbol)[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number] } | undefined;
      if (node?.range) return parts.yaml.slice(0, node.range[0]).split('\n').length + 1;
    }
    return 2;
  };
  const result = articleSchema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file: name,
        line: lineOf(issue.path),
        path: issue.path.join('.') || '(front matter)',
        message: issue.message,
      })),
    };
  }
  const id = articleId(file, root);
  return {
    article: { id, file: name, data: result.data as ArticleData, body: parts.body },
    problems: [],
  };
}

/** Every article under `dir`, or throws with all problems listed (callers that want to report use readArticle). */
export function readAllArticles(dir = ARTICLES_DIR): SourceArticle[] {
  const articles: SourceArticle[] = [];
  const problems: SourceProblem[] = [];
  for (const file of listArticleFiles(dir)) {
    const result = readArticle(file, dir);
    if (result.article) articles.push(result.article);
    problems.push(...result.problems);
  }
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `${p.file}:${p.line ?? 1} ${p.path}: ${p.message}`).join('\n'));
  }
  return articles;
}
