/**
 * The parts every search result shows, in the dialog's options and on the search page alike: the
 * category label and the summary with the searched words marked.
 */
import type { SearchHit } from '../../lib/search/result.ts';

/** `tag` is `span` inside the dialog's options (phrasing content only) and `p` on the search page. */
export function resultSummary(hit: SearchHit, tag: 'span' | 'p', excerptClass = ''): [HTMLElement, HTMLElement] {
  const category = Object.assign(document.createElement(tag), {
    className: 'block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400',
    textContent: hit.category,
  });
  const excerpt = Object.assign(document.createElement(tag), {
    className: `mt-1 block text-slate-700 dark:text-slate-300 ${excerptClass}`,
  });
  // Escaped by highlightHtml; the only markup in it is <mark>.
  excerpt.innerHTML = hit.excerptHtml;
  return [category, excerpt];
}

/** What the status says after the count: a log line's words were searched, or which words were left out. */
export function searchedNote(outcome: { query: { fromLogLine: boolean }; ignored: string[] }): string {
  const without = outcome.ignored.length > 0 ? `, searched without: ${outcome.ignored.join(', ')}` : '';
  return `${outcome.query.fromLogLine ? ' for the words of this log line' : ''}${without}`;
}
