/**
 * Builds the checker's result markup with DOM calls only: pasted text is always set as text, never
 * parsed as HTML, so a line such as `<img src=x onerror=alert(1)>` shows as the characters it is.
 */
import { LOG_FORMAT_LABELS } from '../../lib/log-formats.ts';
import type { Field, LineResult, SummaryGroup } from '../../lib/checker/types.ts';
import type { ResultView } from './result-view.ts';
import { suggestArticleBox } from './suggest-article.ts';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

const LINK = 'font-semibold text-blue-700 underline underline-offset-2 dark:text-sky-300';
// One look for every field (its name is in the title and in the list below the line), another for the
// text the rule matched.
const FIELD_CLASS = 'rounded-sm bg-slate-200 dark:bg-slate-700';
const MATCH_CLASS = 'font-semibold underline underline-offset-2';

/** The line with its fields and the matched text marked; overlapping fields keep the first one. */
function highlightedLine(line: LineResult): HTMLElement {
  const fields: Field[] = [];
  let end = 0;
  for (const field of [...line.fields].sort((a, b) => a.start - b.start)) {
    if (field.start >= end) {
      fields.push(field);
      end = field.end;
    }
  }
  const match = line.matches[0];
  const cuts = new Set([0, line.text.length]);
  for (const field of fields) cuts.add(field.start).add(field.end);
  if (match) cuts.add(match.start).add(match.end);
  const points = [...cuts].filter((p) => p <= line.text.length).sort((a, b) => a - b);
  const code = el('code', '');
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const text = line.text.slice(from, to);
    const field = fields.find((f) => f.start <= from && to <= f.end);
    const inMatch = match !== undefined && match.start <= from && to <= match.end;
    if (!field && !inMatch) {
      code.append(text);
      continue;
    }
    const part = el('span', [field ? FIELD_CLASS : '', inMatch ? MATCH_CLASS : ''].join(' ').trim(), text);
    if (field) part.title = field.name;
    code.append(part);
  }
  return el(
    'pre',
    'overflow-x-auto whitespace-pre-wrap break-all rounded-md border border-slate-300 p-3 font-mono text-sm dark:border-slate-700',
    code,
  );
}

function recognised(line: LineResult): HTMLElement {
  const list = el('dl', 'mt-2 space-y-1 text-sm');
  const add = (term: string, value: Child) =>
    list.append(el('div', 'flex gap-2', el('dt', 'font-semibold', `${term}:`), el('dd', 'break-all', value)));
  add('Format', LOG_FORMAT_LABELS[line.format]);
  if (line.level) add('Level', line.level);
  if (line.errno) add('System error', `${line.errno.name} (${line.errno.code}): ${line.errno.meaning}`);
  const seen = new Set<string>();
  for (const field of line.fields) {
    if (field.name === 'level' || seen.has(field.name)) continue;
    seen.add(field.name);
    add(field.name, field.value);
  }
  if (line.truncated) add('Note', 'This line is very long; only its beginning was checked.');
  return list;
}

function verdict(line: LineResult): HTMLElement {
  const [top, ...others] = line.matches;
  if (top) {
    const box = el(
      'div',
      'mt-2 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-3 text-slate-900 dark:border-emerald-400 dark:bg-emerald-950/40 dark:text-slate-100',
      el('p', 'font-semibold', 'Known error: ', el('a', LINK, top.title)),
      el('p', 'mt-1', `Likely cause: ${top.causeTitle}`),
      el('p', 'mt-1', el('a', LINK, `How to fix: ${top.causeTitle}`)),
    );
    const [titleLink, fixLink] = box.querySelectorAll('a');
    titleLink!.href = top.url;
    fixLink!.href = `${top.url}#${top.cause}`;
    fixLink!.dataset.checkerFix = '';
    if (others.length > 0) {
      const more = el('ul', 'mt-1 list-disc pl-6');
      for (const other of others) {
        const link = el('a', LINK, `${other.title}: ${other.causeTitle}`);
        link.href = `${other.url}#${other.cause}`;
        more.append(el('li', '', link));
      }
      box.append(el('p', 'mt-2 text-sm', 'Also possible:'), more);
    }
    return box;
  }
  const words = line.searchWords.join(' ');
  const box = el(
    'div',
    'mt-2 rounded-md border-l-4 border-slate-500 bg-slate-100 p-3 text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100',
    el('p', 'font-semibold', 'No known error matches this line.'),
  );
  if (words) {
    const search = el('a', LINK, `Search the site for “${words}”`);
    search.href = `/search/?q=${encodeURIComponent(words)}`;
    box.append(el('p', 'mt-1', search));
  }
  const suggest = suggestArticleBox(line.text);
  if (suggest) box.append(suggest);
  return box;
}

export function lineItem(line: LineResult): HTMLElement {
  const item = el('li', 'rounded-lg border border-slate-200 p-3 dark:border-slate-700');
  item.dataset.line = String(line.line);
  item.append(el('p', 'mb-1 text-sm font-semibold text-slate-700 dark:text-slate-300', `Line ${line.line}`), highlightedLine(line));
  // Frames of a stack trace are shown with the line that started it, without a verdict of their own.
  if (line.record === line.line || line.matches.length > 0) item.append(verdict(line), recognised(line));
  return item;
}

function summaryTable(summary: SummaryGroup[]): HTMLElement {
  const table = el('table', 'mt-2 w-full text-sm');
  table.append(el('caption', 'sr-only', 'Errors found, most frequent first'));
  const head = el('tr', 'border-b border-slate-300 dark:border-slate-600');
  for (const label of ['Count', 'Error and cause', 'Lines', 'How to fix']) head.append(el('th', 'px-2 py-1 text-start', label));
  table.append(el('thead', '', head));
  const body = el('tbody', '');
  for (const group of summary) {
    const row = el('tr', 'border-b border-slate-200 dark:border-slate-700');
    row.dataset.summaryRow = group.article ? `${group.article}#${group.cause}` : 'none';
    const where = group.firstLine === group.lastLine ? `${group.firstLine}` : `${group.firstLine}–${group.lastLine}`;
    const when = group.firstTimestamp ? ` (${group.firstTimestamp}${group.lastTimestamp !== group.firstTimestamp ? ` to ${group.lastTimestamp}` : ''})` : '';
    let fix: Child = '—';
    if (group.url) {
      const link = el('a', LINK, 'How to fix');
      link.href = group.url;
      fix = link;
    }
    row.append(
      el('td', 'px-2 py-1 font-semibold', String(group.count)),
      el('td', 'px-2 py-1', group.title, group.causeTitle ? el('span', 'block text-slate-700 dark:text-slate-300', group.causeTitle) : ''),
      el('td', 'px-2 py-1', where + when),
      el('td', 'px-2 py-1', fix),
    );
    body.append(row);
  }
  table.append(body);
  return table;
}

/** The whole result: summary first for several lines, then the first page of lines. */
export function renderView(view: ResultView): { content: HTMLElement; list: HTMLOListElement } {
  const content = el('div', 'mt-4 space-y-4');
  if (view.totalLines > 1) {
    const summary = el('section', '');
    summary.setAttribute('aria-label', 'Summary');
    summary.append(
      el('h3', 'text-lg font-semibold', 'Summary'),
      el('p', 'text-sm', `${view.totalLines.toLocaleString('en')} lines in ${view.recordCount.toLocaleString('en')} records.`),
      summaryTable(view.summary),
    );
    content.append(summary);
  }
  const list = el('ol', 'space-y-3');
  list.setAttribute('aria-label', 'Checked lines');
  for (const line of view.lines) list.append(lineItem(line));
  content.append(list);
  return { content, list };
}

/** One sentence for the live region: what a screen reader user most needs after each change. */
export function announcement(view: ResultView): string {
  if (view.empty) return 'Paste a log line to check it.';
  if (view.totalLines === 1) {
    const [line] = view.lines;
    const top = line?.matches[0];
    return top ? `Known error: ${top.title}. Likely cause: ${top.causeTitle}.` : `No known error. Recognised as ${LOG_FORMAT_LABELS[line!.format]}.`;
  }
  const known = view.summary.filter((group) => group.article !== null);
  const unknown = view.summary.find((group) => group.article === null)?.count ?? 0;
  return `${view.totalLines.toLocaleString('en')} lines checked: ${known.length} known ${known.length === 1 ? 'error' : 'errors'}, ${unknown.toLocaleString('en')} ${unknown === 1 ? 'record' : 'records'} with no known error.`;
}
