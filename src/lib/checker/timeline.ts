/**
 * When the errors of a paste happened: records counted in equal time bins, overall and per summary
 * group, on one axis whatever the formats' timestamps. The bin width is a round step (1 ms … 10 years)
 * chosen so that a paste of milliseconds or of years draws with at most MAX_BINS bars.
 */

import { answerGroupKey, summaryGroupKey } from './summary.ts';
import { parseTimestamp } from './timestamps.ts';
import type { CheckResult, LineResult } from './types.ts';

export const MAX_BINS = 48;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const STEPS = [
  1,
  2,
  5,
  10,
  20,
  50,
  100,
  200,
  500,
  SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  YEAR,
  2 * YEAR,
  5 * YEAR,
  10 * YEAR,
  100 * YEAR,
];

export interface Timeline {
  /** Start of the first bin, ms since the epoch. */
  start: number;
  /** Bin width in ms. */
  step: number;
  /** Records per bin, all groups together. */
  overall: number[];
  /** Records per bin for each summary group, in summary order. */
  groups: number[][];
  /** Each group's earliest and latest record time (NaN for a group without times). */
  groupFirst: number[];
  groupLast: number[];
  /** Earliest and latest record time. */
  first: number;
  last: number;
  /** Records that had a time (the others are counted in the summary only). */
  timed: number;
}

/** The smallest round step that covers `span` ms in at most MAX_BINS bins. */
export function stepFor(span: number): number {
  return STEPS.find((step) => span / step < MAX_BINS) ?? STEPS[STEPS.length - 1]!;
}

/**
 * `times[i]` is the time of record i (NaN when it has none) and `groupOf[i]` its summary group.
 * Null when fewer than two records have a time: one point is not a timeline.
 */
export function buildTimeline(times: ArrayLike<number>, groupOf: ArrayLike<number>, groupCount: number): Timeline | null {
  let first = Infinity;
  let last = -Infinity;
  let timed = 0;
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    if (Number.isNaN(time)) continue;
    timed++;
    if (time < first) first = time;
    if (time > last) last = time;
  }
  if (timed < 2) return null;
  const step = stepFor(last - first);
  const start = Math.floor(first / step) * step;
  const bins = Math.floor((last - start) / step) + 1;
  const overall = new Array<number>(bins).fill(0);
  const groups = Array.from({ length: groupCount }, () => new Array<number>(bins).fill(0));
  const groupFirst = new Array<number>(groupCount).fill(Number.NaN);
  const groupLast = new Array<number>(groupCount).fill(Number.NaN);
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    if (Number.isNaN(time)) continue;
    const bin = Math.floor((time - start) / step);
    overall[bin]!++;
    const index = groupOf[i]!;
    const group = groups[index];
    if (!group) continue;
    group[bin]!++;
    if (!(time >= groupFirst[index]!)) groupFirst[index] = time;
    if (!(time <= groupLast[index]!)) groupLast[index] = time;
  }
  return { start, step, overall, groups, groupFirst, groupLast, first, last, timed };
}

/** The bin with the most records (the first of equals) and its count. */
export function peakOf(counts: number[]): { bin: number; count: number } {
  let bin = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[bin]!) bin = i;
  return { bin, count: counts[bin] ?? 0 };
}

/** A line's timestamp text: checks keep it packed (a getter), plain lines carry it as a field. */
export function timestampText(line: LineResult): string | null {
  const packed = (line as LineResult & { timestamp?: string | null }).timestamp;
  if (packed !== undefined) return packed;
  return line.fields.find((field) => field.name === 'timestamp')?.value ?? null;
}

/**
 * The timeline of a check's error records (records whose answer has a tier), binned per summary group.
 * Formats without a year take the year of the first timestamp that has one, else the current year.
 */
export function timelineOf(result: CheckResult): Timeline | null {
  const groupIndex = new Map(result.summary.map((group, index) => [summaryGroupKey(group), index]));
  const texts: string[] = [];
  const groupOf: number[] = [];
  for (const line of result.lines) {
    if (line.record !== line.line || !line.answer?.tier) continue;
    const text = timestampText(line);
    if (text === null) continue;
    texts.push(text);
    groupOf.push(groupIndex.get(answerGroupKey(line.answer)) ?? -1);
  }
  if (texts.length < 2) return null;
  let year = new Date().getUTCFullYear();
  for (const text of texts) {
    // A year only shows in the parse when it is not the one passed in: try two.
    const a = parseTimestamp(text, 1999);
    if (a !== null && a === parseTimestamp(text, 2001)) {
      year = new Date(a).getUTCFullYear();
      break;
    }
  }
  const times = texts.map((text) => parseTimestamp(text, year) ?? Number.NaN);
  return buildTimeline(times, groupOf, result.summary.length);
}
