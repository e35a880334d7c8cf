/** What `check-log` prints: one JSON object per line, or a readable report of lines and the summary. */
import type { LineResult, SummaryGroup } from '../../src/lib/checker/types.ts';
import { LOG_FORMAT_LABELS } from '../../src/lib/log-formats.ts';

/** `{"line", "format", "level", "matches": [{"article", "cause", "confidence"}]}`, best match first. */
export function jsonLine(line: LineResult): string {
  return JSON.stringify({
    line: line.line,
    format: line.format,
    level: line.level,
    matches: line.matches.map((match) => ({ article: match.article, cause: match.cause, confidence: match.confidence })),
  });
}

export function summaryReport(summary: SummaryGroup[], lineCount: number, recordCount: number): string {
  const out = [`${lineCount} lines, ${recordCount} records.`, ''];
  for (const group of summary) {
    const where = group.firstLine === group.lastLine ? `line ${group.firstLine}` : `lines ${group.firstLine}–${group.lastLine}`;
    out.push(`  ${String(group.count).padStart(6)} × ${group.title}${group.causeTitle ? ` — ${group.causeTitle}` : ''} (${where})`);
    if (group.url) out.push(`           fix: ${group.url}`);
  }
  return `${out.join('\n')}\n\n`;
}

export function lineReport(line: LineResult): string {
  const top = line.matches[0];
  const errno = line.errno ? `, ${line.errno.name}: ${line.errno.meaning}` : '';
  const out = [`line ${line.line}: ${LOG_FORMAT_LABELS[line.format]}${line.level ? `, ${line.level}` : ''}${errno}`];
  if (top) {
    out.push(`  ${top.title}`, `  cause: ${top.causeTitle} (confidence ${top.confidence})`, `  fix: ${top.url}#${top.cause}`);
  } else if (line.record === line.line) {
    out.push(`  no known error; search for: ${line.searchWords.join(' ') || '(nothing distinctive)'}`);
  }
  return `${out.join('\n')}\n`;
}
