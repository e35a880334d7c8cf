/**
 * Empties the page text in Pagefind's result fragments before they are written.
 *
 * A fragment is what `result.data()` downloads for each result shown: the URL, meta, filters, the
 * section anchors and the whole indexed text, from which Pagefind cuts an excerpt. Results here show
 * the article's quick answer (a meta value) as their excerpt instead, so the text was ≈ 70 % of every
 * fragment (≈ 2.5 of 3.5 KB gzipped) and never read. The word index is separate and unchanged, so
 * what is found and how it ranks stay the same; section links still come from the anchors.
 *
 * Two more parts are never read: the page's filter values (the filter counts come from the filter
 * index, not from fragments) and the anchors Pagefind's sub-results skip (its JavaScript keeps an
 * anchor only when it has a title, or is a heading with text: the FAQ's <details> ids are skipped).
 */
import { packPagefindFile, unpackPagefindFile, type PagefindFile } from './pagefind-files.ts';

interface Anchor {
  element?: string;
  text?: string;
  title?: string;
}

interface Fragment {
  content?: unknown;
  filters?: unknown;
  anchors?: Anchor[];
}

/** The test Pagefind 1.6's JavaScript applies before it turns anchors into sub-results. */
const isSubResultAnchor = (anchor: Anchor) =>
  /\S/.test(anchor.title ?? '') || (/h\d/i.test(anchor.element ?? '') && /\S/.test(anchor.text ?? ''));

export function emptyFragmentText(files: PagefindFile[]): PagefindFile[] {
  return files.map((file) => {
    if (!/^fragment\/.+\.pf_fragment$/.test(file.path)) return file;
    const fragment = JSON.parse(new TextDecoder().decode(unpackPagefindFile(file))) as Fragment;
    if (typeof fragment.content !== 'string' || !Array.isArray(fragment.anchors) || typeof fragment.filters !== 'object') {
      throw new Error(`${file.path}: no page text, anchors or filters; Pagefind's fragment format has changed`);
    }
    // Pagefind's JavaScript still reads `content` as a string and `filters` as an object, so they stay, empty.
    const trimmed = { ...fragment, content: '', filters: {}, anchors: fragment.anchors.filter(isSubResultAnchor) };
    return packPagefindFile(file.path, new TextEncoder().encode(JSON.stringify(trimmed)));
  });
}
