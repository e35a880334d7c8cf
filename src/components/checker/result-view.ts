/**
 * What the widget shows for one check: the summary and a first page of lines. The full result stays
 * where it was computed (the page or the worker), and further pages are asked for on "show more",
 * so a 10 MB paste never has to be copied between threads or rendered at once.
 */
import { plainLine } from '../../lib/checker/classify.ts';
import { meaningfulWords } from '../../lib/checker/search-terms.ts';
import { timelineOf, type Timeline } from '../../lib/checker/timeline.ts';
import type { CheckResult, LineResult, SummaryGroup } from '../../lib/checker/types.ts';

export const PAGE_SIZE = 50;

export interface ResultView {
  empty: boolean;
  totalLines: number;
  recordCount: number;
  summary: SummaryGroup[];
  /** When the error records happened, for pastes with timestamps (null otherwise or for one line). */
  timeline: Timeline | null;
  lines: LineResult[];
}

/**
 * The lines shown, as plain data that can be posted from the worker (plainLine: their fields become
 * objects here). Lines are classified without search words (see ClassifyOptions); they are added here.
 */
export function pageOf(result: CheckResult, from: number): LineResult[] {
  return result.lines
    .slice(from, from + PAGE_SIZE)
    .map((line) =>
      plainLine(
        line,
        line.matches.length === 0 && line.record === line.line && line.searchWords.length === 0
          ? meaningfulWords(line.text)
          : line.searchWords,
      ),
    );
}

export function viewOf(result: CheckResult): ResultView {
  return {
    empty: result.empty,
    totalLines: result.lines.length,
    recordCount: result.recordCount,
    summary: result.summary,
    timeline: result.lines.length > 1 ? timelineOf(result) : null,
    lines: pageOf(result, 0),
  };
}

/** Messages between the widget and its worker. */
export type ToWorker =
  { type: 'rules'; rules: unknown } | { type: 'check'; id: number; text: string } | { type: 'page'; id: number; from: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; view: ResultView }
  | { type: 'page'; id: number; from: number; lines: LineResult[] };
