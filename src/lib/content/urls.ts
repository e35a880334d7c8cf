/**
 * The URL of an article page, for Astro pages (src/content/queries.ts) and Node tools alike (the
 * checker rules the CLI builds carry article URLs). Page URLs end in a slash.
 */
export const articlePath = (categoryId: string, articleId: string) => `/${categoryId}/${articleId}/`;
