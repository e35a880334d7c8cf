/** Groups a multi-line paste by error: how often each error occurs, and when first and last. */
import type { LineResult, RecordAnswer, SummaryGroup } from './types.ts';

/** The answer of every record without an error, shared: a big quiet log has one per line. Never mutated. */
export const NO_ANSWER: RecordAnswer = Object.freeze({ tier: null, match: null, systemError: null, line: 0 });

/** A summary group's key: article and cause, system error, or its tier alone. */
export function summaryGroupKey({
  tier,
  article,
  cause,
  systemError,
}: Pick<SummaryGroup, 'tier' | 'article' | 'cause' | 'systemError'>): string {
  if (article) return `${article}#${cause ?? ''}`;
  if (systemError) return `system:${systemError}`;
  return tier === 3 ? 'unrecognised' : 'none';
}

/** The key of the group a record's answer goes to: its fields as newGroup sets them, without making the group. */
export function answerGroupKey(answer: RecordAnswer | null): string {
  const { tier, match, systemError } = answer ?? NO_ANSWER;
  return summaryGroupKey({
    tier,
    article: match?.article ?? null,
    cause: match?.tier === 1 ? match.cause : null,
    systemError: systemError?.label ?? null,
  });
}

function newGroup({ tier, match, systemError }: RecordAnswer, line: number, timestamp: string | null): SummaryGroup {
  const base = { tier, count: 1, firstLine: line, lastLine: line, firstTimestamp: timestamp, lastTimestamp: timestamp };
  if (match) {
    return {
      ...base,
      systemError: systemError?.label ?? null,
      article: match.article,
      cause: match.tier === 1 ? match.cause : null,
      title: match.title,
      causeTitle: match.causeTitle,
      url: match.tier === 1 ? `${match.url}#${match.cause}` : match.url,
    };
  }
  if (systemError) {
    return {
      ...base,
      systemError: systemError.label,
      article: null,
      cause: null,
      title: systemError.label,
      causeTitle: systemError.meaning,
      url: null,
    };
  }
  return {
    ...base,
    systemError: null,
    article: null,
    cause: null,
    title: tier === 3 ? 'Unrecognised error' : 'No error',
    causeTitle: null,
    url: null,
  };
}

/** Tier 1 first, then 2, 3 and records without an error; within a tier the most frequent first. */
const TIER_ORDER = (group: SummaryGroup) => group.tier ?? 4;

/** The summary's order (also for summaries merged across the batches of a stream). */
export function compareGroups(a: SummaryGroup, b: SummaryGroup): number {
  return TIER_ORDER(a) - TIER_ORDER(b) || b.count - a.count || a.firstLine - b.firstLine;
}

/**
 * `lines` carry their record's answer on its first line (classify.ts); `timestampOf` gives a line's
 * timestamp field (a check reads it from its FieldStore, without field objects).
 */
export function summarise(
  lines: LineResult[],
  timestampOf: (line: LineResult) => string | null,
): { summary: SummaryGroup[]; recordCount: number } {
  const groups = new Map<string, SummaryGroup>();
  let recordCount = 0;
  // An index, not for…of: V8 made an iterator result a line here.
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (first.record !== first.line) continue;
    recordCount++;
    const answer = first.answer ?? NO_ANSWER;
    const key = answerGroupKey(answer);
    const timestamp = timestampOf(first);
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.lastLine = first.line;
      group.lastTimestamp = timestamp ?? group.lastTimestamp;
    } else {
      groups.set(key, newGroup(answer, first.line, timestamp));
    }
  }
  const summary = [...groups.values()].sort(compareGroups);
  return { summary, recordCount };
}
