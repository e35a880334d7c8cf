/**
 * "Suggest an article" for a line the checker does not know: the reader sees, and can edit, exactly
 * the text that would go into a new issue; the issue page opens only when they press the button, so
 * nothing leaves the page before that click. Shown only when the site is built with REPO_URL.
 */
import { repositoryFromEnv, suggestArticleUrl } from '../../lib/site/repository-links.ts';

let suggestions = 0;

export function suggestArticleBox(lineText: string): HTMLElement | null {
  const settings = document.querySelector<HTMLElement>('[data-log-checker]')?.dataset;
  const repo = repositoryFromEnv({ REPO_URL: settings?.repoUrl, REPO_BRANCH: settings?.repoBranch });
  if (!repo.url) return null;

  const id = `suggest-line-${++suggestions}`;
  const details = document.createElement('details');
  details.className = 'mt-2';
  details.dataset.suggestArticle = '';
  const summary = document.createElement('summary');
  summary.className = 'cursor-pointer font-semibold text-blue-700 underline underline-offset-2 dark:text-sky-300';
  summary.textContent = 'Suggest an article for this line';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.className = 'mt-2 block text-sm';
  label.textContent = 'This text goes into a new public issue when you press the button. Remove anything private first.';
  const text = document.createElement('textarea');
  text.id = id;
  text.rows = 3;
  text.value = lineText;
  text.dataset.suggestText = '';
  text.className =
    'mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 font-mono text-sm text-slate-900 ' +
    'dark:bg-slate-900 dark:text-slate-100';
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.suggestOpen = '';
  button.className =
    'mt-2 rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold hover:bg-slate-200 ' +
    'dark:border-slate-500 dark:hover:bg-slate-800';
  button.textContent = 'Open a prefilled issue';
  button.addEventListener('click', () => {
    const url = suggestArticleUrl(repo, text.value);
    if (url) window.open(url, '_blank', 'noopener');
  });
  details.append(summary, label, text, button);
  return details;
}
