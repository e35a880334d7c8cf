import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, makeArticleSchema } from './content/schema.ts';

const categories = defineCollection({
  loader: file('src/content/categories.json'),
  schema: categorySchema,
});

const articles = defineCollection({
  loader: glob({ base: './src/content/articles', pattern: '**/*.mdx' }),
  schema: makeArticleSchema(reference),
});

export const collections = { categories, articles };
