import { donorName } from '@/lib/donors';
import { formatEur } from '@/lib/format';
import { wrapText } from '@/lib/text-width';
import type { Locale } from '@/lib/i18n/locale';
import type { PurlEvent } from './purl-timeline';
import {
  binEvents,
  chooseBinUnit,
  monthTicks,
  niceScale,
  runningSteps,
  timeDomain,
  type BinUnit,
  type TimeBin,
  type TimeTick,
} from './purl-time-axis';

/** Glyph width as a share of the font size (system sans-serif), for estimating text widths. */
export const GLYPH = 0.62;
const textWidth = (text: string, fontSize: number) => text.length * fontSize * GLYPH;

/** Who an event is: "Netherlands" for one donor, "DNK+NOR+SWE" for a joint package. */
export function eventDonors(event: PurlEvent): string {
  const { donors } = event.pledge;
  return donors.length === 1 ? donorName(donors[0] ?? '') : donors.join('+');
}

/** "9–15" for consecutive numbers, "5, 7" otherwise; a dagger after a disputed one. */
export function binLabel(bin: TimeBin, disputed: ReadonlySet<string>, mark: string): string {
  const marked = (i: number) =>
    `${bin.numbers[i] ?? ''}${disputed.has(bin.events[i]?.id ?? '') ? mark : ''}`;
  const first = bin.numbers[0] ?? 0;
  const last = bin.numbers.at(-1) ?? 0;
  const anyDisputed = bin.events.some((event) => disputed.has(event.id));
  if (bin.numbers.length > 2 && last - first === bin.numbers.length - 1)
    return `${first}–${last}${anyDisputed ? mark : ''}`;
  return bin.numbers.map((_, i) => marked(i)).join(',');
}

export interface KeyEntry {
  number: number;
  text: string;
  /** The text as drawn: one line, or the donors and the amount on two when one is too wide. */
  lines: string[];
  x: number;
  y: number;
  event: PurlEvent;
}

export interface PlotLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  /** Running-total panel: top and bottom y. */
  running: { top: number; bottom: number; max: number; step: number };
  /** Package panel: top and bottom y (bars stand on the bottom). */
  bars: { top: number; bottom: number; max: number; step: number };
  domain: [number, number];
  unit: BinUnit;
  bins: TimeBin[];
  ticks: TimeTick[];
  steps: { at: number; eur: number }[];
  key: KeyEntry[];
  keyTop: number;
  /** The panel titles' type size: the chart's, or smaller on a short slide. */
  titleFontSize: number;
  /** The key's type size: the chart's, or smaller on a short slide. */
  keyFontSize: number;
  runningTitleLines: string[];
  barsTitleLines: string[];
  x: (ms: number) => number;
  yRunning: (eur: number) => number;
  yBar: (eur: number) => number;
  /** Rotated stack labels need this much room above the tallest bar. */
  labelRoom: number;
  /** Room kept between a panel's title and its top tick label. */
  tickRoom: number;
}

export interface LayoutOptions {
  width: number;
  /** Total height; omitted = what the content needs (the page), given = fit into it (a slide). */
  height?: number;
  fontSize: number;
  /** The least type size of the panel titles and the key (the theme's chart text); default 12. */
  minFontSize?: number;
  perMonth: boolean;
  disputed: ReadonlySet<string>;
  mark: string;
  locale: Locale;
  /** Panel titles, wrapped to the width. */
  runningTitle: string;
  barsTitle: Record<BinUnit, string>;
  /** False: the key is shown outside the plot (the deck's key column), the panels get its room. */
  withKey?: boolean;
}

/** A key entry's text: "2† DNK+NOR+SWE €430M" (number, dagger if disputed, donors, amount). */
export function keyEntryText(
  event: PurlEvent,
  index: number,
  o: Pick<LayoutOptions, 'disputed' | 'mark'>,
  maxDonors = Infinity,
): string {
  const head = `${index + 1}${o.disputed.has(event.id) ? o.mark : ''}`;
  const { donors } = event.pledge;
  const who =
    donors.length > maxDonors
      ? `${donors.slice(0, maxDonors).join('+')} +${donors.length - maxDonors}`
      : eventDonors(event);
  return `${head} ${who} ${formatEur(event.eur)}`;
}

/** The key's entries in date order, for a key listed outside the plot (the deck's side column). */
export function purlKeyEntries(
  events: readonly PurlEvent[],
  disputed: ReadonlySet<string>,
  mark: string,
): { text: string; joint: boolean }[] {
  return events.map((event, index) => ({
    // A joint package of many donors: the first three and how many more (the notes name all).
    text: keyEntryText(event, index, { disputed, mark }, 3),
    joint: event.joint,
  }));
}

/** Key entries flowed left to right in rows, wrapped at the plot's width. */
function flowKey(
  events: readonly PurlEvent[],
  o: LayoutOptions,
  left: number,
  top: number,
  keyFont = o.fontSize,
) {
  const line = keyFont * 1.4;
  const entries: KeyEntry[] = [];
  let x = left;
  let y = top;
  let rowExtra = 0;
  events.forEach((event, index) => {
    const number = index + 1;
    const entryWidth = (entry: string) => entry.length * keyFont * 0.7 + keyFont * 2;
    const amount = formatEur(event.eur);
    let text = keyEntryText(event, index, o);
    // Too wide for the chart (a phone): the first donors and how many more (the table has all).
    if (entryWidth(text) > o.width - left) text = keyEntryText(event, index, o, 3);
    // Key text is mostly capitals and digits: wider than the average glyph.
    let w = entryWidth(text);
    let lines = [text];
    // Still too wide for a row of its own (a phone in the projector theme ran off the SVG): the
    // amount goes on a second line.
    if (w > o.width - 4 - left) {
      const cut = text.lastIndexOf(` ${amount}`);
      lines = [text.slice(0, cut), amount];
      w = Math.max(...lines.map(entryWidth));
    }
    if (x > left && x + w > o.width - 4) {
      x = left;
      y += rowExtra + line;
      rowExtra = 0;
    }
    entries.push({ number, text, lines, x, y, event });
    rowExtra = Math.max(rowExtra, (lines.length - 1) * line);
    x += w;
  });
  const height = entries.length === 0 ? 0 : y - top + line + rowExtra;
  return { entries, height, fontSize: keyFont };
}

/**
 * The key in columns beside the plot (a short, wide slide): one entry a line, as many columns as
 * the height needs; null when they would take more than half the width.
 */
function keyColumns(
  events: readonly PurlEvent[],
  o: LayoutOptions,
  keyFont: number,
  height: number,
) {
  const line = keyFont * 1.4;
  const rows = Math.max(1, Math.floor((height - keyFont) / line));
  const texts = events.map((event, index) => keyEntryText(event, index, o, 3));
  const column = Math.max(0, ...texts.map((t) => t.length * keyFont * 0.7 + keyFont * 2));
  const columns = Math.ceil(texts.length / rows);
  const width = Math.ceil(columns * column);
  if (width > o.width * 0.5) return null;
  const entries: KeyEntry[] = events.map((event, index) => ({
    number: index + 1,
    text: texts[index] ?? '',
    lines: [texts[index] ?? ''],
    x: Math.floor(index / rows) * column,
    y: keyFont + (index % rows) * line,
    event,
  }));
  return { width, entries, fontSize: keyFont };
}

/** A low panel labels only its zero and top when its ticks would stand closer than a line. */
const tickStep = (scale: { top: number; step: number }, height: number, f: number) =>
  (height / scale.top) * scale.step < f * 1.2 ? scale.top : scale.step;

/** The time axis under the bars, in font sizes: its labels stand 1.3 below, plus descenders. */
const AXIS_ROOM = 1.7;

/** The least height of each panel on a slide, when the slide's height allows it. */
export const MIN_PANEL = 150;

/** Where everything of the PURL time chart goes, for a width and font size. */
export function purlPlotLayout(events: readonly PurlEvent[], o: LayoutOptions): PlotLayout {
  const f = o.fontSize;
  const running = events.at(-1)?.runningEur ?? 0;
  const runScale = niceScale(running, 3);
  const maxBin = (bins: TimeBin[]) =>
    Math.max(0, ...bins.map((bin) => bin.events.reduce((sum, e) => sum + e.eur, 0)));
  const axisLabel = (v: number) => textWidth(Math.round(v / 1e6).toLocaleString('en'), f);
  const left = Math.ceil(Math.max(axisLabel(runScale.top), f * 3) + f * 0.8);
  const domain = timeDomain(events);
  const least = Math.min(f, o.minFontSize ?? 12);
  const small = Math.max(least, Math.round(f * 0.75));
  // The top tick label of a panel is centred on its edge: half of it stands above the panel.
  const tickRoom = f * 0.5;
  // The plot for a right margin (the key beside it, or none), the key's and the titles' type.
  const withKey = o.withKey ?? true;
  const plan = (right: number, keyFont: number, keyBeside: boolean, titleFont = f) => {
    // A title's lines, a gap and room for the half of the tick label that stands above its panel
    // (and, above the bars, for the half of the running total's zero that stands below its own).
    const titleHeight = (lines: string[]) =>
      lines.length * titleFont * 1.25 + titleFont * 0.4 + tickRoom;
    const plotWidth = Math.max(40, o.width - left - right);
    const unit = chooseBinUnit(domain, plotWidth, f * 1.25, o.perMonth);
    const bins = binEvents(events, unit);
    const labels = bins.map((bin) => textWidth(binLabel(bin, o.disputed, o.mark), f));
    const binWidth = (bin: TimeBin) =>
      ((bin.end - bin.start) / (domain[1] - domain[0])) * plotWidth - 2;
    // Labels that fit across their bars stand level above them (one line); others are rotated.
    const level = bins.every((bin, i) => (labels[i] ?? 0) <= binWidth(bin) + 2);
    const labelRoom = level ? f * 1.4 : Math.min(f * 9, Math.max(f, ...labels) + f * 0.5);
    // Titles are bold: measured at the axis weight they ran 3 px past the edge on a phone.
    const titleWidth = o.width - (keyBeside ? right : 0) - 12;
    const runningTitleLines = wrapText(o.runningTitle, titleWidth, titleFont);
    const barsTitleLines = wrapText(o.barsTitle[unit], titleWidth, titleFont);
    const key =
      keyBeside || !withKey
        ? { entries: [], height: 0, fontSize: keyFont }
        : flowKey(events, o, left, 0, keyFont);
    // Panels: titles above each, rotated stack labels above the bars, the time axis, the key.
    const fixed =
      titleHeight(runningTitleLines) +
      titleHeight(barsTitleLines) +
      labelRoom +
      (key.height > 0 ? f * 2.8 + key.height : AXIS_ROOM * f);
    return {
      titleFont,
      titleHeight,
      right,
      plotWidth,
      unit,
      bins,
      labelRoom,
      runningTitleLines,
      barsTitleLines,
      key,
      fixed,
    };
  };
  // With the key outside (the deck), the panel titles in slightly smaller type leave the panels room.
  let p = plan(Math.ceil(f * 0.8), f, false, withKey ? f : Math.max(small, Math.round(f * 0.85)));
  let beside: ReturnType<typeof keyColumns> = null;
  // A short slide: the key in smaller type, then beside the plot, before the panels shrink.
  if (withKey && o.height !== undefined && o.height - p.fixed < 2 * MIN_PANEL) {
    p = plan(p.right, small, false);
    if (o.height - p.fixed < 2 * MIN_PANEL)
      beside = keyColumns(events, o, small, o.height) ?? keyColumns(events, o, least, o.height);
    if (beside) p = plan(beside.width + f, beside.fontSize, true, small);
  }
  const { right, plotWidth, unit, bins, labelRoom, runningTitleLines, barsTitleLines, key } = p;
  const barScale = niceScale(maxBin(bins), 3);
  const x = (ms: number) => left + ((ms - domain[0]) / (domain[1] - domain[0])) * plotWidth;
  const ticks = monthTicks(domain, Math.max(2, Math.floor(plotWidth / (f * 6))), o.locale);
  const axisHeight = f * 1.8;
  const flexible = o.height === undefined ? f * 22 : Math.max(f * 4, o.height - p.fixed);
  // The packages get the larger share; the running total, a single stepped line, needs less.
  const runningHeight = Math.round(
    flexible >= 2 * MIN_PANEL
      ? Math.max(MIN_PANEL, flexible * 0.38)
      : Math.min(flexible / 2, Math.max(f * 2, flexible - MIN_PANEL)),
  );
  const barsHeight = flexible - runningHeight;
  const runningTop = p.titleHeight(runningTitleLines);
  const runningBottom = runningTop + runningHeight;
  const barsTop = runningBottom + p.titleHeight(barsTitleLines) + labelRoom;
  const barsBottom = barsTop + barsHeight;
  const keyTop = barsBottom + axisHeight + f * 0.5;
  const height = o.height ?? Math.ceil(keyTop + key.height);
  const keyEntries = beside
    ? beside.entries.map((entry) => ({ ...entry, x: entry.x + o.width - beside.width }))
    : key.entries.map((entry) => ({ ...entry, y: entry.y + keyTop }));
  return {
    width: o.width,
    height,
    left,
    right,
    running: {
      top: runningTop,
      bottom: runningBottom,
      max: runScale.top,
      step: tickStep(runScale, runningHeight, f),
    },
    bars: {
      top: barsTop,
      bottom: barsBottom,
      max: barScale.top,
      step: tickStep(barScale, barsHeight, f),
    },
    domain,
    unit,
    bins,
    ticks,
    steps: runningSteps(events),
    key: keyEntries,
    keyTop,
    keyFontSize: beside ? beside.fontSize : key.fontSize,
    titleFontSize: p.titleFont,
    runningTitleLines,
    barsTitleLines,
    x,
    yRunning: (eur) => runningBottom - (eur / runScale.top) * runningHeight,
    yBar: (eur) => barsBottom - (eur / barScale.top) * barsHeight,
    labelRoom,
    tickRoom,
  };
}
