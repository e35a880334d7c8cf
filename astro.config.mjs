// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import linkCheck from './src/integrations/link-check.ts';
import { sideBySide } from './src/integrations/side-by-side.ts';
import dataStoreFromDisk from './src/integrations/data-store-from-disk.ts';
import { DEFAULT_SITE_URL } from './src/lib/seo/site.ts';
import { socialCardsFromSource } from './src/lib/social-card/vite-plugin.ts';

// The public origin, used for canonical URLs, the sitemap and feeds. Override per deployment.
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;

export default defineConfig({
  site,
  // Every page URL ends in a slash (/web-server/nginx-502-bad-gateway/); links, sitemap and nginx agree.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' compression drops whitespace between elements and glues words together in indexed text.
  compressHTML: true,
  // The search index and the link check run side by side once the pages are written.
  integrations: [mdx(), dataStoreFromDisk(), sideBySide('error-codes-wiki:after-build', pagefindIndex(), linkCheck())],
  vite: {
    plugins: [tailwindcss(), socialCardsFromSource()],
    // Workers (and the checker widget, built like one) as ES modules, so what they load on demand (re2js,
    // for checker rules that need the linear-time engine) stays a separate file instead of being inlined.
    worker: { format: 'es' },
    // Never inline scripts or stylesheets into pages: the CSP (src/lib/seo/security-policy.ts) allows
    // only the site's own files, in the <meta> of every page and the header from deploy/nginx.conf.
    build: { assetsInlineLimit: 0 },
  },
  experimental: {
    // Article pages whose cacheKey (src/content/page-cache-key.ts) and code are unchanged are copied from
    // the last build; the cache lives in node_modules/.astro (keep it between CI builds).
    incrementalBuild: true,
  },
});
