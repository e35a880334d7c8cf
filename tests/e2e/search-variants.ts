/**
 * Error strings as a reader pastes them: with their own user name, path, addresses, host, unit and
 * pod names, numbers and identifiers around and inside. Generated from every published article's
 * `errorStrings`, for the browser test that each still finds its article and for the bench's share,
 * which both run them through the search dialog with searchAllInDialog.
 */
import type { Page } from '@playwright/test';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';
import { articlePath } from '../../src/lib/content/urls.ts';

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
  const kinds = Object.entries(INSTANCE_WORDS);
  /** The kinds taken in turn: `offset` places after the string's own turn. */
  const kindAt = (offset: number): [string, string] => {
    const kind = kinds[(n + offset) % kinds.length];
    if (!kind) throw new Error('INSTANCE_WORDS is empty');
    return kind;
  };
  const articles = readAllArticles().filter((article) => !article.data.draft);
  let n = 0;
  return articles.flatMap((article) =>
    article.data.errorStrings.map((errorString) => {
      const [[start, startWord], [middle, middleWord], [end, endWord]] = [kindAt(0), kindAt(3), kindAt(6)];
      n++;
      const words = errorString.split(' ');
      const cut = Math.ceil(words.length / 2);
      const query = [startWord, ...words.slice(0, cut), middleWord, ...words.slice(cut), endWord].join(' ');
      return {
        article: article.id,
        url: articlePath(article.data.category, article.id),
        errorString,
        query,
        variant: `${start} at the start, ${middle} in the middle, ${end} at the end`,
      };
    }),
  );
}

/**
 * Runs many searches through the open dialog inside the page, one after another, as a reader typing
 * each text would (input event, the dialog's own debounce and rendering): a browser round trip per
 * query would cost more than the search. Returns the article URLs shown for each text.
 */
export async function searchAllInDialog(page: Page, texts: string[]): Promise<string[][]> {
  return page.evaluate(async (texts) => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    const link = document.getElementById('search-page-link')!;
    const status = document.getElementById('search-status')!;
    const shown: string[][] = [];
    for (const text of texts) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const href = `/search/?q=${encodeURIComponent(text.trim())}`;
      const started = Date.now();
      while (link.getAttribute('href') !== href || status.textContent === '') {
        if (Date.now() - started > 10_000) throw new Error(`no results shown for "${text}"`);
        await new Promise((resolve) => setTimeout(resolve, 4));
      }
      const options = document.querySelectorAll('#search-results [role="option"]:not([id$="-section"])');
      shown.push([...options].map((option) => option.getAttribute('data-url')!.replace(/[?#].*$/, '')));
      // The next text must differ from this one, or its results could not be told apart.
      input.value = '';
    }
    return shown;
  }, texts);
}
