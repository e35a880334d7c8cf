// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import linkCheck from './src/integrations/link-check.ts';
import { astroCspConfig } from './src/lib/seo/security-policy.ts';

// The public origin, used for canonical URLs, the sitemap and feeds. Override per deployment.
const site = process.env.SITE_URL ?? 'https://errorcodes.wiki';

export default defineConfig({
  site,
  // Every page URL ends in a slash (/web-server/nginx-502-bad-gateway/); links, sitemap and nginx agree.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' compression drops whitespace between elements and glues words together in indexed text.
  compressHTML: true,
  // linkCheck runs after pagefindIndex, so pages may link to the search index's files.
  integrations: [mdx(), pagefindIndex(), linkCheck()],
  // The Content-Security-Policy (src/lib/seo/security-policy.ts) as a <meta> on every page.
  security: { csp: astroCspConfig() },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into pages: the CSP header (deploy/nginx.conf) allows only script files.
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
});
