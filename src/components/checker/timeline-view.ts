/**
 * Draws a check's timeline: an overall histogram of records over time and one small bar strip per
 * summary group. Inline SVG built with DOM calls; colours come from classes (the CSP forbids style
 * attributes) and every chart has a text alternative with the first and last time and the peak.
 * Loaded only when a result has a timeline.
 */
import { peakOf, type Timeline } from '../../lib/checker/timeline.ts';

const SVG = 'http://www.w3.org/2000/svg';
const BAR = 10;
const DAY = 86_400_000;

function svgNode<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A time in UTC, as precise as the step needs: the date only when bins are days or longer. */
export function formatTime(time: number, step: number): string {
  const iso = new Date(time).toISOString(); // 2026-12-01T10:30:00.000Z
  if (step >= DAY) return iso.slice(0, 10);
  if (step >= 60_000) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  if (step >= 1000) return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`;
}

/** What a screen reader (and everyone, under the chart) learns from it. */
export function describe(timeline: Timeline, counts: number[], first: number, last: number): string {
  const peak = peakOf(counts);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const from = timeline.start + peak.bin * timeline.step;
  return (
    `${total.toLocaleString('en')} ${total === 1 ? 'record' : 'records'} from ${formatTime(first, timeline.step)} ` +
    `to ${formatTime(last, timeline.step)}; peak ${peak.count.toLocaleString('en')} at ${formatTime(from, timeline.step)}.`
  );
}

/** Bars scaled to the largest bin; `tall` charts get a baseline so empty bins still read as time. */
function bars(counts: number[], height: number, colour: string): SVGSVGElement {
  const max = Math.max(1, ...counts);
  const svg = svgNode('svg', {
    viewBox: `0 0 ${counts.length * BAR} ${height}`,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // Bars take the text colour (site colours that read in both themes); the baseline is a faint copy.
  svg.setAttribute('class', `block w-full fill-current ${height > 20 ? 'h-16' : 'h-5'} ${colour}`);
  svg.append(svgNode('rect', { x: 0, y: height - 0.5, width: counts.length * BAR, height: 0.5, opacity: 0.4 }));
  counts.forEach((count, bin) => {
    if (count === 0) return;
    // At least a sliver, so a single record in a busy paste is still visible.
    const barHeight = Math.max(height * 0.08, (count / max) * height);
    const rect = svgNode('rect', { x: bin * BAR + 1, y: height - barHeight, width: BAR - 2, height: barHeight });
    rect.append(Object.assign(svgNode('title', {}), { textContent: `${count}` }));
    svg.append(rect);
  });
  return svg;
}

/** The overall histogram with its axis labels and description. */
export function overallChart(timeline: Timeline): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'mt-3';
  figure.dataset.timeline = 'overall';
  const caption = document.createElement('figcaption');
  caption.className = 'text-sm text-slate-700 dark:text-slate-300';
  caption.textContent = `Records over time: ${describe(timeline, timeline.overall, timeline.first, timeline.last)}`;
  const axis = document.createElement('div');
  axis.className = 'mt-1 flex justify-between text-xs text-slate-700 dark:text-slate-300';
  axis.setAttribute('aria-hidden', 'true');
  const end = timeline.start + timeline.overall.length * timeline.step;
  for (const time of [timeline.start, end]) {
    const label = document.createElement('span');
    label.textContent = formatTime(time, timeline.step);
    axis.append(label);
  }
  figure.append(bars(timeline.overall, 40, 'text-blue-700 dark:text-sky-300'), axis, caption);
  return figure;
}

/** A group's strip, on the same bins as the overall chart, for a summary row. */
export function groupStrip(timeline: Timeline, groupIndex: number, known: boolean): HTMLElement {
  const counts = timeline.groups[groupIndex] ?? [];
  const wrapper = document.createElement('div');
  wrapper.className = 'mt-1';
  wrapper.dataset.timeline = String(groupIndex);
  const peakStart = timeline.start + peakOf(counts).bin * timeline.step;
  wrapper.dataset.peak = new Date(peakStart).toISOString();
  wrapper.dataset.peakEnd = new Date(peakStart + timeline.step).toISOString();
  const text = document.createElement('span');
  text.className = 'sr-only';
  text.textContent = describe(timeline, counts, timeline.groupFirst[groupIndex]!, timeline.groupLast[groupIndex]!);
  wrapper.append(bars(counts, 12, known ? 'text-blue-700 dark:text-sky-300' : 'text-slate-700 dark:text-slate-300'), text);
  return wrapper;
}
