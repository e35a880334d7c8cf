/**
 * What the dialog and the search page offer before a search and after one that finds nothing: the
 * log checker for whole lines, the most linked articles and the categories. The lists come from
 * /search/suggestions.json (src/pages/search/suggestions.json.ts), fetched once per page.
 */
export interface SearchSuggestions {
  popular: { title: string; url: string }[];
  categories: { title: string; url: string }[];
}

let suggestions: Promise<SearchSuggestions> | undefined;

function loadSuggestions(): Promise<SearchSuggestions> {
  suggestions ??= fetch('/search/suggestions.json').then((response) => {
    if (!response.ok) throw new Error(`search suggestions: HTTP ${response.status}`);
    return response.json() as Promise<SearchSuggestions>;
  });
  suggestions.catch(() => (suggestions = undefined));
  return suggestions;
}

const LINK = 'text-slate-800 underline-offset-4 hover:underline dark:text-slate-200';

function group(heading: string, links: SearchSuggestions['popular'], listClass: string): HTMLElement {
  const wrapper = document.createElement('div');
  const title = Object.assign(document.createElement('h3'), {
    className: 'font-semibold text-slate-900 dark:text-white',
    textContent: heading,
  });
  const list = Object.assign(document.createElement('ul'), { className: `mt-1 ${listClass}` });
  list.append(
    ...links.map(({ title, url }) => {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href: url, className: LINK, textContent: title }));
      return item;
    }),
  );
  wrapper.append(title, list);
  return wrapper;
}

/** Fills `container` with the suggestions; the checker hint shows even if the lists cannot load. */
export function showSuggestions(container: HTMLElement): void {
  container.classList.add('space-y-4', 'text-sm');
  const hint = Object.assign(document.createElement('p'), { className: 'text-slate-700 dark:text-slate-300' });
  hint.append(
    'Have a whole log line or several? Paste them into the ',
    Object.assign(document.createElement('a'), {
      href: '/checker/',
      className: 'font-semibold text-blue-800 underline dark:text-sky-300',
      textContent: 'log checker',
    }),
    ': it names the error and the cause.',
  );
  container.replaceChildren(hint);
  loadSuggestions()
    .then(({ popular, categories }) => {
      if (popular.length > 0) container.append(group('Popular articles', popular, 'space-y-1'));
      container.append(group('Categories', categories, 'flex flex-wrap gap-x-4 gap-y-1'));
    })
    .catch(() => {});
}
