/**
 * Shows the log checker's verdict above the search results (dialog and search page), with links to
 * the article's cause and to the checker itself: for a pasted log line always, for an error message
 * when one of the checker's rules matches it.
 */
import type { LineResult } from '../../lib/checker/types.ts';
import { LOG_FORMAT_LABELS } from '../../lib/log-formats.ts';

/** A log line's reading (format, level) or, for a message, only the rules that matched it. */
export type Verdict = Pick<LineResult, 'matches'> & Partial<Pick<LineResult, 'format' | 'level'>>;

/** Fills `container` with the verdict, or hides it when there is none. */
export function showVerdict(container: HTMLElement, result: Verdict | null | undefined): void {
  const [match] = result?.matches ?? [];
  const line = result?.format !== undefined;
  container.hidden = !result || (!line && !match);
  if (!result || container.hidden) return container.replaceChildren();
  const box = document.createElement('div');
  box.className =
    'mb-3 rounded-lg border-l-4 border-emerald-700 bg-emerald-50 p-3 text-sm text-slate-900 ' +
    'dark:border-emerald-400 dark:bg-emerald-950/40 dark:text-slate-100';
  const heading = Object.assign(document.createElement('p'), { className: 'font-semibold' });
  heading.textContent = result.format
    ? `Log checker: ${LOG_FORMAT_LABELS[result.format]} line${result.level ? `, level ${result.level}` : ''}`
    : 'Log checker: this message matches a known error';
  const body = document.createElement('p');
  body.className = 'mt-1';
  const link = (href: string, text: string) =>
    Object.assign(document.createElement('a'), { href, textContent: text, className: 'font-semibold underline underline-offset-2' });
  if (match) {
    body.append('Known error: ', link(`${match.url}#${match.cause}`, match.title), `. Cause: ${match.causeTitle}.`);
  } else {
    body.append('No known error pattern matches this line; the results below are for its words.');
  }
  const more = document.createElement('p');
  more.className = 'mt-1';
  more.append('Paste the whole log into the ', link('/checker/', 'log checker'), ' to read every field and group repeated errors.');
  box.append(heading, body, more);
  container.replaceChildren(box);
}
