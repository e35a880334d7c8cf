// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';

// The public origin, used for canonical URLs, the sitemap and feeds. Override per deployment.
const site = process.env.SITE_URL ?? 'https://errorcodes.wiki';

export default defineConfig({
  site,
  // Every page URL ends in a slash (/web-server/nginx-502-bad-gateway/); links, sitemap and nginx agree.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' compression drops whitespace between elements and glues words together in indexed text.
  compressHTML: true,
  integrations: [mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
});
