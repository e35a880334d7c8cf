/**
 * Empties the page text in Pagefind's result fragments before they are written.
 *
 * A fragment is what `result.data()` downloads for each result shown: the URL, meta, filters, the
 * section anchors and the whole indexed text, from which Pagefind cuts an excerpt. Results here show
 * the article's quick answer (a meta value) as their excerpt instead, so the text was ≈ 70 % of every
 * fragment (≈ 2.5 of 3.5 KB gzipped) and never read. The word index is separate and unchanged, so
 * what is found and how it ranks stay the same; section links still come from the anchors.
 */
import { packPagefindFile, unpackPagefindFile, type PagefindFile } from './pagefind-files.ts';

export function emptyFragmentText(files: PagefindFile[]): PagefindFile[] {
  return files.map((file) => {
    if (!/^fragment\/.+\.pf_fragment$/.test(file.path)) return file;
    const fragment = JSON.parse(new TextDecoder().decode(unpackPagefindFile(file))) as { content?: unknown };
    if (typeof fragment.content !== 'string') throw new Error(`${file.path}: no page text; Pagefind's fragment format has changed`);
    // Pagefind's JavaScript still reads `content` as a string, so it stays, empty.
    return packPagefindFile(file.path, new TextEncoder().encode(JSON.stringify({ ...fragment, content: '' })));
  });
}
