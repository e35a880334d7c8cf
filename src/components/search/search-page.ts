/**
 * The /search/ page: runs the query from `?q=` and the filters on load, again as the reader types or
 * changes a filter, and keeps the address bar in step so every state is a shareable link.
 */
import { runQuery, type QueryOutcome } from './run-query.ts';
import type { SearchFilters } from './pagefind-client.ts';
import { showVerdict } from './verdict-view.ts';
import { showSuggestions } from './suggestions-view.ts';
import { resultSummary, searchedNote } from './result-view.ts';
import type { SearchHit } from '../../lib/search/result.ts';

const RESULT_LIMIT = 20;

/** An element src/pages/search/index.astro always renders. */
function pageElement<T extends Element>(found: T | null, what: string): T {
  if (!found) throw new Error(`the search page has no ${what}`);
  return found;
}

export function attachSearchPage(form: HTMLFormElement): void {
  const input = pageElement(form.querySelector<HTMLInputElement>('input[name="q"]'), 'query input');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const status = pageElement(document.getElementById('search-page-status'), '#search-page-status');
  const list = pageElement(document.getElementById('search-page-results'), '#search-page-results');
  const suggestions = pageElement(document.getElementById('search-page-suggestions'), '#search-page-suggestions');
  const verdict = pageElement(document.getElementById('search-page-verdict'), '#search-page-verdict');
  showSuggestions(suggestions);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const update = async () => {
    const text = input.value.trim();
    const filters: SearchFilters = {};
    const next = new URLSearchParams();
    if (text) next.set('q', text);
    for (const select of selects) {
      if (select.value) {
        filters[select.name] = [select.value];
        next.set(select.name, select.value);
      }
    }
    history.replaceState(null, '', next.size > 0 ? `?${next}` : location.pathname);
    const ticket = ++latest;
    if (next.size === 0) {
      list.replaceChildren();
      showVerdict(verdict, undefined);
      status.textContent = '';
      suggestions.hidden = false;
      return;
    }
    try {
      const outcome = await runQuery(text, filters, RESULT_LIMIT);
      if (ticket !== latest) return;
      list.replaceChildren(...outcome.hits.map(renderResult));
      showVerdict(verdict, outcome.verdict);
      suggestions.hidden = outcome.hits.length > 0;
      status.textContent = statusText(outcome, text, filters);
    } catch {
      if (ticket === latest) status.textContent = 'Search could not load. Check your connection and reload the page.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void update());
  void update();
}

/** What the status line says about a finished search. */
function statusText(outcome: QueryOutcome, text: string, filters: SearchFilters): string {
  if (outcome.total === 0) {
    const quoted = text ? ` “${text}”` : '';
    const filtered = Object.keys(filters).length > 0 ? ' with these filters' : '';
    return `No article matches${quoted}${filtered}. Try fewer words or another filter, or start from these:`;
  }
  const shown = outcome.total > RESULT_LIMIT ? `, showing the first ${RESULT_LIMIT}` : '';
  return `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}${shown}${searchedNote(outcome)}.`;
}

function renderResult(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-semibold';
  heading.append(
    Object.assign(document.createElement('a'), {
      href: hit.url,
      textContent: hit.title,
      className: 'text-blue-800 underline-offset-4 hover:underline dark:text-sky-300',
    }),
  );
  item.append(heading, ...resultSummary(hit, 'p'));
  if (hit.section) {
    const section = document.createElement('p');
    section.className = 'mt-1 text-sm';
    section.append(
      Object.assign(document.createElement('a'), {
        href: hit.section.url,
        textContent: `↳ ${hit.section.title}`,
        className: 'text-blue-800 underline underline-offset-2 dark:text-sky-300',
      }),
    );
    item.append(section);
  }
  return item;
}
