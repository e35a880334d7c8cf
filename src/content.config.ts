import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './content/article-loader.ts';
import { categorySchema, makeArticleSchema } from './content/schema.ts';

const categories = defineCollection({
  loader: file('src/content/categories.json'),
  schema: categorySchema,
});

const articles = defineCollection({
  loader: articleLoader({ base: 'src/content/articles' }),
  schema: makeArticleSchema(reference),
});

export const collections = { categories, articles };
