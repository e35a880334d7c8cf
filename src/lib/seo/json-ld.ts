/**
 * Structured data (schema.org JSON-LD) for an article page: the article itself (TechArticle), its FAQ
 * (FAQPage) and where it sits in the site (BreadcrumbList). Built from the same front matter the page
 * renders, with inline Markdown stripped, so what search engines read is what the reader sees.
 */
import { plainText } from '../text/inline-markdown.ts';

export interface ArticleFacts {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  description: string;
  updated: Date;
  tags: string[];
  /** Absolute URL of the article's social preview image. */
  image: string;
  faq: { q: string; a: string }[];
  /** Breadcrumb from the home page to the article; the last item is the article itself. */
  breadcrumb: { name: string; url: string }[];
  siteName: string;
  siteUrl: string;
}

type JsonLd = Record<string, unknown>;

function requireAbsolute(url: string, what: string): string {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`${what} must be an absolute http(s) URL for JSON-LD, got "${url}".`);
  }
  return url;
}

export function techArticle(facts: ArticleFacts): JsonLd {
  const day = facts.updated.toISOString().slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: facts.title,
    description: facts.description,
    url: requireAbsolute(facts.url, 'article url'),
    mainEntityOfPage: facts.url,
    image: requireAbsolute(facts.image, 'article image'),
    // Front matter records only the last factual change; no publication date is claimed.
    dateModified: day,
    keywords: facts.tags.join(', '),
    inLanguage: 'en',
    author: { '@type': 'Organization', name: facts.siteName, url: requireAbsolute(facts.siteUrl, 'site url') },
    publisher: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl },
  };
}

export function faqPage(facts: ArticleFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: requireAbsolute(facts.url, 'article url'),
    mainEntity: facts.faq.map((entry) => ({
      '@type': 'Question',
      name: plainText(entry.q),
      acceptedAnswer: { '@type': 'Answer', text: plainText(entry.a) },
    })),
  };
}

export function breadcrumbList(facts: ArticleFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: facts.breadcrumb.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: requireAbsolute(crumb.url, `breadcrumb "${crumb.name}" url`),
    })),
  };
}

/** Every JSON-LD block of an article page, in the order they are emitted. */
export function articleJsonLd(facts: ArticleFacts): JsonLd[] {
  return [techArticle(facts), ...(facts.faq.length > 0 ? [faqPage(facts)] : []), breadcrumbList(facts)];
}

/**
 * JSON for a <script type="application/ld+json"> block. `<` is escaped so text such as
 * "</script>" in a title cannot end the block early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
