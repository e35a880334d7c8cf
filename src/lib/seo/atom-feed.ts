/**
 * The Atom feed (RFC 4287) of new and updated articles: newest `updated` first, so a feed reader
 * shows an article again when its facts change.
 */
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  /** Absolute URL of the article; also its permanent Atom id. */
  url: string;
  title: string;
  summary: string;
  updated: Date;
  category: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  entries: FeedEntry[];
}

export function renderAtomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
  // A feed with no entries still needs an <updated>; the epoch says "nothing yet" without inventing a date.
  const updated = entries[0]?.updated ?? new Date(0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.title)}</name><uri>${escapeXml(feed.siteUrl)}</uri></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <category term="${escapeXml(entry.category)}"/>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
