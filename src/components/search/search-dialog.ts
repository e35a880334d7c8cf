/**
 * The header search dialog: results as you type in an ARIA combobox + listbox, arrows to move,
 * Enter to open, Esc to close (the native <dialog> does that). HeaderSearch.astro makes the dialog
 * with its field on first use and loads this file, built as one self-contained script, which adds
 * the rest of the dialog and attaches itself.
 */
import { runQuery, type QueryOutcome } from './run-query.ts';
import { warmUp } from './pagefind-client.ts';
import { showSuggestions } from './suggestions-view.ts';
import { resultSummary, searchedNote } from './result-view.ts';
import type { SearchHit } from '../../lib/search/result.ts';

/** Each result costs one Pagefind fragment download (≈ 1 KB), so the dialog shows a few. */
const RESULT_LIMIT = 6;

interface Choice {
  element: HTMLLIElement;
  url: string;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), properties);

/** Everything below the field: close button, verdict, status, results, suggestions and help. */
function completeDialog(dialog: HTMLDialogElement, input: HTMLInputElement) {
  const close = element('button', {
    type: 'button',
    className: 'rounded-md px-2 py-2 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
    textContent: 'Close',
  });
  close.addEventListener('click', () => dialog.close());
  input.after(close);

  const verdict = element('div', { id: 'search-verdict', hidden: true });
  const status = element('p', { id: 'search-status', className: 'text-sm text-slate-700 empty:hidden dark:text-slate-300' });
  status.setAttribute('role', 'status');
  const list = element('ul', {
    id: 'search-results',
    hidden: true,
    className: 'mt-2 space-y-1 [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:text-slate-950 dark:[&_mark]:bg-amber-300',
  });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const suggestions = element('div');
  showSuggestions(suggestions);
  // Focusable so keyboard users can scroll long results (axe: scrollable-region-focusable).
  const body = element('div', { tabIndex: 0, className: 'min-h-0 flex-1 overflow-y-auto p-3' });
  body.append(verdict, status, list, suggestions);

  const pageLink = element('a', {
    id: 'search-page-link',
    href: '/search/',
    className: 'underline underline-offset-2',
    textContent: 'All results and filters',
  });
  const help = element('p', {
    id: 'search-help',
    className:
      'flex flex-wrap gap-x-4 border-t border-slate-200 px-3 py-2 text-xs text-slate-700 dark:border-slate-700 dark:text-slate-300',
  });
  help.append(element('span', { textContent: '↑ ↓ to choose, Enter to open, Esc to close.' }), pageLink);
  dialog.append(body, help);

  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-describedby', help.id);
  return { list, status, suggestions, pageLink, verdict };
}

function attachSearchDialog(dialog: HTMLDialogElement, input: HTMLInputElement): void {
  const { list, status, suggestions, pageLink, verdict } = completeDialog(dialog, input);
  let choices: Choice[] = [];
  let active = -1;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  warmUp();

  // The checker's verdict box is drawn by code that loads only when a query has a verdict.
  let shownVerdicts = 0;
  const showVerdictWhenAny = (result: QueryOutcome['verdict'] | undefined) => {
    const shown = ++shownVerdicts;
    if (!result) {
      verdict.hidden = true;
      verdict.replaceChildren();
      return;
    }
    void import('./verdict-view.ts').then(({ showVerdict }) => {
      if (shown === shownVerdicts) showVerdict(verdict, result);
    });
  };

  const setActive = (index: number) => {
    choices[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const choice = choices[active];
    if (choice) {
      choice.element.setAttribute('aria-selected', 'true');
      choice.element.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', choice.element.id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const show = (outcome: QueryOutcome | undefined, text: string) => {
    // Results can refresh under a reader who already moved with the arrows: keep their choice.
    const chosen = choices[active]?.url;
    choices = outcome ? outcome.hits.flatMap((hit, i) => renderChoices(hit, i)) : [];
    list.replaceChildren(...choices.map((choice) => choice.element));
    list.hidden = choices.length === 0;
    input.setAttribute('aria-expanded', String(choices.length > 0));
    active = -1;
    setActive(choices.findIndex((choice) => choice.url === chosen));
    suggestions.hidden = outcome !== undefined && outcome.hits.length > 0;
    showVerdictWhenAny(outcome?.verdict);
    pageLink.href = text ? `/search/?q=${encodeURIComponent(text)}` : '/search/';
    status.textContent = !outcome
      ? ''
      : outcome.total === 0
        ? `No article matches “${text}”. Try fewer words, or one of these:`
        : `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}${searchedNote(outcome)}.`;
  };

  const update = async () => {
    const text = input.value.trim();
    const ticket = ++latest;
    if (text === '') return show(undefined, '');
    try {
      const outcome = await runQuery(text, {}, RESULT_LIMIT);
      if (ticket === latest) show(outcome, text);
    } catch {
      if (ticket === latest) status.textContent = 'Search could not load. Check your connection and try again.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 80);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (choices.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 ? (step === 1 ? 0 : choices.length - 1) : (active + step + choices.length) % choices.length);
    } else if (event.key === 'Enter') {
      const choice = choices[active];
      if (!choice) return;
      event.preventDefault();
      location.assign(choice.url);
    }
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const choice = choices.find((c) => c.element === option);
    if (choice) location.assign(choice.url);
  });
  list.addEventListener('mousemove', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const index = choices.findIndex((c) => c.element === option);
    if (index !== -1 && index !== active) setActive(index);
  });
  // A click on the backdrop lands on the <dialog> element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  // Whatever was typed while this module loaded.
  if (input.value.trim() !== '') void update();
}

function renderChoices(hit: SearchHit, index: number): Choice[] {
  const option = document.createElement('li');
  option.id = `search-option-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.url = hit.url;
  option.className = OPTION_CLASS;
  const title = Object.assign(document.createElement('span'), { className: 'block font-semibold', textContent: hit.title });
  option.append(title, ...resultSummary(hit, 'span', 'line-clamp-3 text-sm'));
  const choices = [{ element: option, url: hit.url }];
  if (hit.section) {
    const sub = document.createElement('li');
    sub.id = `search-option-${index}-section`;
    sub.setAttribute('role', 'option');
    sub.setAttribute('aria-selected', 'false');
    sub.dataset.url = hit.section.url;
    sub.className = `${OPTION_CLASS} ml-6 text-sm`;
    sub.textContent = `↳ ${hit.section.title}`;
    choices.push({ element: sub, url: hit.section.url });
  }
  return choices;
}

const OPTION_CLASS =
  'cursor-pointer rounded-md px-3 py-2 aria-selected:bg-slate-100 aria-selected:outline-2 aria-selected:outline-blue-600 ' +
  'dark:aria-selected:bg-slate-800 dark:aria-selected:outline-sky-400';

attachSearchDialog(
  document.getElementById('search-dialog') as HTMLDialogElement,
  document.getElementById('search-input') as HTMLInputElement,
);
