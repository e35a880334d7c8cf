/**
 * Error strings as a reader pastes them: with their own user name, path, addresses, host, unit and
 * pod names, numbers and identifiers around and inside. Generated from every published article's
 * `errorStrings`, for the browser test that each still finds its article and for the bench's share.
 */
import { readAllArticles } from '../../scripts/lib/read-articles.ts';

/** One instance word of each kind readers' systems print. */
export const INSTANCE_WORDS: Record<string, string> = {
  'user name': 'alice',
  path: '/srv/shop/releases/2024-06-01/config/app.yml',
  'IPv4 with port': '10.20.30.40:5432',
  'IPv6 with port': '[2001:db8::7]:8443',
  'host name': 'db-01.prod.example.com',
  'unit name': 'billing-worker.service',
  'pod name': 'checkout-7d4b9c8f6-xk2lp',
  'large number': '4827361',
  'quoted identifier': '"orders_2024"',
};

export interface Variant {
  /** The article that owns the error string. */
  article: string;
  url: string;
  errorString: string;
  query: string;
  /** Which instance words went where, for a failure message. */
  variant: string;
}

/**
 * One query per error string, with an instance word at the start, in the middle and at the end, of
 * three different kinds; the kinds rotate along the strings, so each kind is tried in each place.
 */
export function readerVariants(): Variant[] {
  const kinds = Object.keys(INSTANCE_WORDS);
  const articles = readAllArticles().filter((article) => !article.data.draft);
  let n = 0;
  return articles.flatMap((article) =>
    article.data.errorStrings.map((errorString) => {
      const [start, middle, end] = [0, 3, 6].map((offset) => kinds[(n + offset) % kinds.length]!);
      n++;
      const words = errorString.split(' ');
      const cut = Math.ceil(words.length / 2);
      const query = [INSTANCE_WORDS[start!], ...words.slice(0, cut), INSTANCE_WORDS[middle!], ...words.slice(cut), INSTANCE_WORDS[end!]].join(' ');
      return {
        article: article.id,
        url: `/${article.data.category}/${article.id}/`,
        errorString,
        query,
        variant: `${start} at the start, ${middle} in the middle, ${end} at the end`,
      };
    }),
  );
}
