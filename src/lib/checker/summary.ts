/** Groups a multi-line paste by error: how often each known error occurs, and when first and last. */
import type { LineResult, SummaryGroup } from './types.ts';

/** The best match of a record (lines[from..to)) is the best top match among its lines (the error line of a traceback). */
function recordBest(lines: LineResult[], from: number, to: number) {
  let best: LineResult['matches'][number] | undefined;
  for (let i = from; i < to; i++) {
    const top = lines[i]!.matches[0];
    if (top && (!best || top.confidence > best.confidence)) best = top;
  }
  return best;
}

/** `timestampOf` gives a line's timestamp field (a check reads it from its FieldStore, without field objects). */
export function summarise(
  lines: LineResult[],
  timestampOf: (line: LineResult) => string | null,
): { summary: SummaryGroup[]; recordCount: number } {
  // By article, then cause ('' for records that match nothing): no key string built per record.
  const groups = new Map<string, Map<string, SummaryGroup>>();
  let recordCount = 0;
  let start = 0;
  while (start < lines.length) {
    let end = start + 1;
    while (end < lines.length && lines[end]!.record === lines[start]!.record) end++;
    recordCount++;
    const first = lines[start]!;
    const best = recordBest(lines, start, end);
    const timestamp = timestampOf(first);
    let byCause = groups.get(best?.article ?? '');
    if (!byCause) groups.set(best?.article ?? '', (byCause = new Map()));
    const group = byCause.get(best?.cause ?? '');
    if (group) {
      group.count++;
      group.lastLine = first.line;
      group.lastTimestamp = timestamp ?? group.lastTimestamp;
    } else {
      byCause.set(best?.cause ?? '', {
        article: best?.article ?? null,
        cause: best?.cause ?? null,
        title: best?.title ?? 'No known error',
        causeTitle: best?.causeTitle ?? null,
        url: best ? `${best.url}#${best.cause}` : null,
        count: 1,
        firstLine: first.line,
        lastLine: first.line,
        firstTimestamp: timestamp,
        lastTimestamp: timestamp,
      });
    }
    start = end;
  }
  const summary = [...groups.values()].flatMap((byCause) => [...byCause.values()]).sort(
    (a, b) => Number(a.article === null) - Number(b.article === null) || b.count - a.count || a.firstLine - b.firstLine,
  );
  return { summary, recordCount };
}
