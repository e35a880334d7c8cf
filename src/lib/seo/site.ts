/** Facts about the site itself that metadata, feeds and social cards repeat. */
export const SITE_NAME = 'Error Codes Wiki';
/** The public origin when SITE_URL is not set at build (or pack) time. */
export const DEFAULT_SITE_URL = 'https://errorcodes.wiki';
/** The brand red of the favicon and social cards (Tailwind red-700). */
export const BRAND_COLOR = '#b91c1c';

/** Where the social preview image of a page lives: one per article, one for everything else. */
export function socialImagePath(articlePath?: string): string {
  return articlePath ? `/og${articlePath.replace(/\/$/, '')}.png` : '/og/site.png';
}
