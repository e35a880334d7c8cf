/**
 * After following a search result (`?highlight=word&highlight=…`), marks those words in the article
 * with the CSS Custom Highlight API: no change to the DOM, nothing for screen readers to trip over,
 * and no 44 KB pagefind-highlight.js. HeaderSearch.astro loads this file (built self-contained)
 * when the URL carries `highlight`; it runs on load.
 */
import { findTermRanges, highlightTerms } from '../../lib/search/highlight.ts';

function highlightSearchedTerms(): void {
  const terms = highlightTerms(new URLSearchParams(location.search).getAll('highlight').join(' '));
  const body = document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !body || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const { start, end } of findTermRanges(node.textContent ?? '', terms)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  CSS.highlights.set('searched-terms', new Highlight(...ranges));
}

highlightSearchedTerms();
