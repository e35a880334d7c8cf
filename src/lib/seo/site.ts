/** Facts about the site itself that metadata, feeds and social cards repeat. */
export const SITE_NAME = 'Error Codes Wiki';
export const SITE_DESCRIPTION =
  'Paste the error your server printed and get its cause and the exact commands that fix it: nginx, Linux, SSH, systemd, Docker, databases and more.';
/** The brand red of the favicon and social cards (Tailwind red-700). */
export const BRAND_COLOR = '#b91c1c';

/** Where the social preview image of a page lives: one per article, one for everything else. */
export function socialImagePath(articlePath?: string): string {
  return articlePath ? `/og${articlePath.replace(/\/$/, '')}.png` : '/og/site.png';
}
