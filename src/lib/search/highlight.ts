/**
 * Marks the searched words in a piece of text: for the quick answer shown as a result's excerpt and
 * for the words highlighted on an article after following a result. Matching mirrors Pagefind's:
 * case-insensitive, punctuation ignored, a term matches the start of a word (`refus` marks `refused`).
 */
import { escapeHtml } from '../text/inline-markdown.ts';

/** The words of a query worth marking: lower-case, punctuation stripped, one-letter words dropped. */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length > 1);
  return [...new Set(words)];
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the terms occur in `text`: each whole word that starts with a term, as a range into `text`. */
export function findTermRanges(text: string, terms: string[]): TextRange[] {
  if (terms.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const word of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
    const lower = word[0].toLowerCase();
    if (terms.some((term) => lower.startsWith(term))) ranges.push({ start: word.index, end: word.index + word[0].length });
  }
  return ranges;
}

/** `text` as escaped HTML with each match wrapped in <mark>. */
export function highlightHtml(text: string, terms: string[]): string {
  let html = '';
  let at = 0;
  for (const { start, end } of findTermRanges(text, terms)) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}
