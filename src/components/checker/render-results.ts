/**
 * Builds the checker's result markup with DOM calls only: pasted text is always set as text, never
 * parsed as HTML, so a line such as `<img src=x onerror=alert(1)>` shows as the characters it is.
 */
import { LOG_FORMAT_LABELS } from '../../lib/log-formats.ts';
import type { Field, LineResult, RecordAnswer, RuleMatch, SummaryGroup } from '../../lib/checker/types.ts';
import { summaryGroupKey } from '../../lib/checker/summary.ts';
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
  const match = line.matches[0] ?? line.systemError ?? undefined;
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
  if (line.wrappers.length > 0) add('Wrapped in', line.wrappers.join(', '));
  if (line.errno) add('System error', `${line.errno.name} (${line.errno.code}): ${line.errno.meaning}`);
  if (line.recordLast !== line.line) add('Record', `lines ${line.record}–${line.recordLast}, read as one entry`);
  const seen = new Set<string>();
  for (const field of line.fields) {
    if (field.name === 'level' || seen.has(field.name)) continue;
    seen.add(field.name);
    add(field.name, field.value);
  }
  if (line.truncated) add('Note', 'This line is very long; only its beginning was checked.');
  return list;
}

const BOX = 'mt-2 rounded-md border-l-4 p-3 text-slate-900 dark:text-slate-100';
// Tier 1, an article pattern; tier 2, a system error; tier 3 and nothing found.
const KNOWN_BOX = `${BOX} border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40`;
const SYSTEM_BOX = `${BOX} border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40`;
const UNKNOWN_BOX = `${BOX} border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-900`;

function link(text: string, href: string): HTMLAnchorElement {
  const anchor = el('a', LINK, text);
  anchor.href = href;
  return anchor;
}

const hrefOf = (match: RuleMatch) => (match.tier === 1 ? `${match.url}#${match.cause}` : match.url);

/** "Found on line 12" when the record's answer comes from another of its lines (a `Caused by:` line). */
function foundOn(answer: RecordAnswer, line: LineResult): string {
  return answer.line !== line.line ? ` (found on line ${answer.line})` : '';
}

function knownError(top: RuleMatch, others: RuleMatch[], where: string): HTMLElement {
  const fix = link(`How to fix: ${top.causeTitle}`, hrefOf(top));
  fix.dataset.checkerFix = '';
  const box = el(
    'div',
    KNOWN_BOX,
    el('p', 'font-semibold', 'Known error: ', link(top.title, top.url), where),
    el('p', 'mt-1', `Likely cause: ${top.causeTitle}`),
    el('p', 'mt-1', fix),
  );
  box.dataset.checkerTier = '1';
  if (others.length > 0) {
    const more = el('ul', 'mt-1 list-disc pl-6');
    for (const other of others) more.append(el('li', '', link(`${other.title}: ${other.causeTitle}`, hrefOf(other))));
    box.append(el('p', 'mt-2 text-sm', 'Also possible:'), more);
  }
  return box;
}

function systemErrorBox(answer: RecordAnswer, where: string): HTMLElement {
  const error = answer.systemError!;
  const box = el('div', SYSTEM_BOX, el('p', 'font-semibold', `System error: ${error.label}${where}`), el('p', 'mt-1', error.meaning));
  box.dataset.checkerTier = '2';
  if (answer.match) {
    const read = link(answer.match.title, answer.match.url);
    read.dataset.checkerFix = '';
    box.append(el('p', 'mt-1', 'Read: ', read));
  }
  return box;
}

/** Tier 3 and lines with no error: the line's words to search for, and "Suggest an article". */
function unknownBox(line: LineResult, tier: RecordAnswer['tier']): HTMLElement {
  const box = el(
    'div',
    UNKNOWN_BOX,
    el('p', 'font-semibold', tier === 3 ? 'Unrecognised error: no article explains this line yet.' : 'No known error matches this line.'),
  );
  box.dataset.checkerTier = tier === 3 ? '3' : 'none';
  const words = line.searchWords.join(' ');
  if (words) box.append(el('p', 'mt-1', link(`Search the site for “${words}”`, `/search/?q=${encodeURIComponent(words)}`)));
  const suggest = suggestArticleBox(line.text);
  if (suggest) box.append(suggest);
  return box;
}

/** The verdict shown under a record's first line, for the whole record. */
function verdict(line: LineResult, answer: RecordAnswer): HTMLElement {
  const where = foundOn(answer, line);
  if (answer.match?.tier === 1) {
    const found = answer.line === line.line ? line.matches : [answer.match];
    return knownError(
      answer.match,
      found.filter((match) => match !== answer.match),
      where,
    );
  }
  if (answer.systemError) return systemErrorBox(answer, where);
  return unknownBox(line, answer.tier);
}

export function lineItem(line: LineResult): HTMLElement {
  const item = el('li', 'rounded-lg border border-slate-200 p-3 dark:border-slate-700');
  item.dataset.line = String(line.line);
  item.append(el('p', 'mb-1 text-sm font-semibold text-slate-700 dark:text-slate-300', `Line ${line.line}`), highlightedLine(line));
  // A record's other lines (frames, `Caused by:`, report lines) are shown without a verdict of their own:
  // the verdict under its first line speaks for the whole record.
  if (line.answer) item.append(verdict(line, line.answer), recognised(line));
  else item.append(el('p', 'mt-1 text-sm text-slate-700 dark:text-slate-300', `Part of the record that starts at line ${line.record}.`));
  return item;
}

/** How tests and styles find a row: `article#cause` (cause empty for a hub), `system:errno:ENOSPC`, `unrecognised` or `none`. */

function summaryTable(summary: SummaryGroup[]): HTMLElement {
  const table = el('table', 'mt-2 w-full text-sm');
  table.append(el('caption', 'sr-only', 'Errors found, most frequent first'));
  const head = el('tr', 'border-b border-slate-300 dark:border-slate-600');
  for (const label of ['Count', 'Error and cause', 'Lines', 'How to fix']) head.append(el('th', 'px-2 py-1 text-start', label));
  table.append(el('thead', '', head));
  // Cells may break inside long tokens (timestamps, ids): on a phone the table must not widen the page.
  const body = el('tbody', 'wrap-anywhere');
  for (const group of summary) {
    const row = el('tr', 'border-b border-slate-200 dark:border-slate-700');
    row.dataset.summaryRow = summaryGroupKey(group);
    const where = group.firstLine === group.lastLine ? `${group.firstLine}` : `${group.firstLine}–${group.lastLine}`;
    const when = group.firstTimestamp
      ? ` (${group.firstTimestamp}${group.lastTimestamp !== group.firstTimestamp ? ` to ${group.lastTimestamp}` : ''})`
      : '';
    const fix: Child = group.url ? link(group.tier === 1 ? 'How to fix' : 'Read', group.url) : '—';
    row.append(
      el('td', 'px-2 py-1 font-semibold', String(group.count)),
      el(
        'td',
        'px-2 py-1',
        group.tier === 2 ? `System error: ${group.title}` : group.title,
        group.causeTitle ? el('span', 'block text-slate-700 dark:text-slate-300', group.causeTitle) : '',
      ),
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
    const count = el('p', 'text-sm', `${view.totalLines.toLocaleString('en')} lines in ${view.recordCount.toLocaleString('en')} records.`);
    // The timeline, when the result has one, goes after this line (checker-ui.ts).
    count.dataset.summaryCount = '';
    summary.append(el('h3', 'text-lg font-semibold', 'Summary'), count, summaryTable(view.summary));
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
    const line = view.lines[0]!;
    const answer = line.answer;
    if (answer?.match?.tier === 1) return `Known error: ${answer.match.title}. Likely cause: ${answer.match.causeTitle}.`;
    if (answer?.systemError) return `System error: ${answer.systemError.label}.${answer.match ? ` Read: ${answer.match.title}.` : ''}`;
    const format = LOG_FORMAT_LABELS[line.format];
    return answer?.tier === 3 ? `Unrecognised error. Recognised as ${format}.` : `No known error. Recognised as ${format}.`;
  }
  const count = (tier: number | null) => view.summary.filter((group) => group.tier === tier).reduce((sum, group) => sum + group.count, 0);
  const known = view.summary.filter((group) => group.tier === 1).length;
  const parts = [`${known} known ${known === 1 ? 'error' : 'errors'}`];
  const system = count(2);
  if (system > 0) parts.push(`${system.toLocaleString('en')} ${system === 1 ? 'record' : 'records'} with a system error`);
  const unrecognised = count(3);
  if (unrecognised > 0) parts.push(`${unrecognised.toLocaleString('en')} unrecognised ${unrecognised === 1 ? 'error' : 'errors'}`);
  const quiet = count(null);
  parts.push(`${quiet.toLocaleString('en')} ${quiet === 1 ? 'record' : 'records'} with no known error`);
  return `${view.totalLines.toLocaleString('en')} lines checked: ${parts.join(', ')}.`;
}
