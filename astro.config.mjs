// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import linkCheck from './src/integrations/link-check.ts';
import { CODE_THEME, styleToClasses } from './src/components/code-classes.ts';
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
  // linkCheck runs after pagefindIndex, so pages may link to the search index's files.
  integrations: [mdx(), pagefindIndex(), linkCheck()],
  vite: {
    plugins: [tailwindcss(), socialCardsFromSource()],
    // Workers (and the checker widget, built like one) as ES modules, so what they load on demand (re2js,
    // for checker rules that need the linear-time engine) stays a separate file instead of being inlined.
    worker: { format: 'es' },
    // Never inline scripts or stylesheets into pages: the CSP (src/lib/seo/security-policy.ts) allows
    // only the site's own files, in the <meta> of every page and the header from deploy/nginx.conf.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with this directive, and Rolldown warns about each one (ten log lines
        // an article) although nothing is wrong: https://github.com/withastro/astro/issues/18087
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  // Code fences in article bodies get the same theme and classes as CodeBlock (code-classes.ts): the
  // site's CSP allows no style attributes.
  markdown: {
    shikiConfig: { theme: CODE_THEME, transformers: [styleToClasses] },
  },
});
