/**
 * The OpenSearch description: lets a browser add the site as a search engine, so typing an error in
 * the address bar opens /search/?q=…. Built from the configured `site`, because the format wants
 * absolute URLs. Announced by <SearchLink /> in the page head.
 */
import type { APIRoute } from 'astro';
import { escapeHtml } from '../lib/text/inline-markdown.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('opensearch.xml needs `site` in astro.config.mjs (SITE_URL) for its absolute URLs.');
  const url = (path: string) => escapeHtml(new URL(path, site).href);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>Error Codes Wiki</ShortName>
  <Description>Find the article for an error message or a log line.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${url('/favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${url('/search/')}?q={searchTerms}"/>
  <moz:SearchForm>${url('/search/')}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
