import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, MAX_BINS, peakOf, stepFor } from '../../src/lib/checker/timeline.ts';
import { parseTimestamp } from '../../src/lib/checker/timestamps.ts';

const at = (iso: string) => Date.parse(iso);

test('timestamps of every format land on one UTC axis', () => {
  const cases: [string, string][] = [
    ['2020/05/07 03:15:12', '2020-05-07T03:15:12Z'], // nginx
    ['2026-11-25T10:01:02.123+01:00', '2026-11-25T09:01:02.123Z'], // ISO with offset
    ['2015-10-18 18:01:47,978', '2015-10-18T18:01:47.978Z'], // log4j
    ['2017-05-10T06:50:00.434167704Z', '2017-05-10T06:50:00.434Z'], // docker --timestamps
    ['Nov 25 10:01:02', '2026-11-25T10:01:02Z'], // syslog, year from the caller
    ['Nov  5 10:01:02.123456', '2026-11-05T10:01:02.123Z'], // journalctl short-precise
    ['Fri Sep 09 10:42:29.902022 2011', '2011-09-09T10:42:29.902Z'], // Apache 2.4
    ['10/Oct/2000:13:55:36 -0700', '2000-10-10T20:55:36Z'], // access log
    ['23-Mar-2018 16:51:58', '2018-03-23T16:51:58Z'], // PHP-FPM
    ['08 Apr 2024 10:00:00.000', '2024-04-08T10:00:00Z'], // Redis
    ['161209 14:18:50', '2016-12-09T14:18:50Z'], // MySQL 5.5
    ['1029 13:16:48.471488', '2026-10-29T13:16:48.471Z'], // klog
    ['1531171074631', '2018-07-09T21:17:54.631Z'], // pino epoch ms
  ];
  for (const [text, iso] of cases) assert.equal(parseTimestamp(text, 2026), at(iso), text);
  assert.equal(parseTimestamp('  518.050606', 2026), null, 'dmesg uptime is not a time of day');
  assert.equal(parseTimestamp('Foo 99 10:00:00', 2026), null);
});

test('the step keeps any span, milliseconds to years, within the bin bound', () => {
  for (const span of [0, 3, 999, 60_000, 3_600_000, 86_400_000 * 3, 86_400_000 * 400, 86_400_000 * 365 * 30]) {
    const step = stepFor(span);
    assert.ok(span / step < MAX_BINS, `span ${span} with step ${step}`);
  }
  assert.ok(stepFor(10) < stepFor(10_000));
});

test('a burst in one minute is the peak of its group and of the whole', () => {
  const start = at('2026-12-01T10:00:00Z');
  const times: number[] = [];
  const groups: number[] = [];
  for (let i = 0; i < 600; i++) {
    times.push(start + i * 6000); // background noise over an hour, group 1
    groups.push(1);
  }
  for (let i = 0; i < 300; i++) {
    times.push(start + 30 * 60_000 + i * 100); // 300 records in 30 s, group 0
    groups.push(0);
  }
  times.push(Number.NaN);
  groups.push(1);
  const timeline = buildTimeline(times, groups, 2)!;
  assert.equal(timeline.timed, 900);
  assert.equal(timeline.first, start);
  const peak = peakOf(timeline.groups[0]!);
  assert.equal(peak.count, 300);
  const peakTime = timeline.start + peak.bin * timeline.step;
  assert.ok(peakTime <= start + 30 * 60_000 && start + 30 * 60_000 < peakTime + timeline.step);
  assert.equal(peakOf(timeline.overall).bin, peak.bin);
  assert.equal(
    timeline.overall.reduce((a, b) => a + b, 0),
    900,
  );
  assert.equal(timeline.groupFirst[0], start + 30 * 60_000);
  assert.equal(timeline.groupLast[0], start + 30 * 60_000 + 299 * 100);
});

test('fewer than two timed records give no timeline', () => {
  assert.equal(buildTimeline([Number.NaN, 5], [0, 0], 1), null);
});
