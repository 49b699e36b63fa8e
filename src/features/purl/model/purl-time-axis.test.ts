// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makePledge } from '@/test-utils/pledge-fixtures';
import type { PurlEvent } from './purl-timeline';
import {
  binEvents,
  chooseBinUnit,
  dayOf,
  monthTicks,
  niceScale,
  timeDomain,
} from './purl-time-axis';
import { binLabel, purlPlotLayout } from './purl-plot-layout';

const event = (id: string, date: string, eur = 100e6): PurlEvent => ({
  id,
  date,
  label: id,
  description: '',
  amount: eur,
  currency: 'EUR',
  eur,
  addsEur: eur,
  runningEur: 0,
  joint: false,
  pledge: makePledge({ id, announced: date }),
});

// Real dates of the research file: three events on 3 Dec 2025 and uneven gaps.
const EVENTS = [
  event('P001', '2025-08-04'),
  event('P006', '2025-08-13'),
  event('P008', '2025-08-29'),
  event('P013', '2025-11-13'),
  event('P019', '2025-12-03'),
  event('P022', '2025-12-03'),
  event('P023', '2025-12-03'),
  event('P031', '2026-04-21'),
];

describe('time axis of the PURL timeline', () => {
  it('months from the first event to the end of the last one', () => {
    expect(timeDomain(EVENTS)).toEqual([Date.UTC(2025, 7, 1), Date.UTC(2026, 4, 1)]);
    expect(dayOf('2025-12')).toBe(Date.UTC(2025, 11, 1));
  });

  it('no tick label is repeated, the year is on the first tick and on January', () => {
    const ticks = monthTicks(timeDomain(EVENTS), 12, 'en');
    const labels = ticks.map((tick) => tick.label);
    expect(labels).toEqual([
      'Aug 2025',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan 2026',
      'Feb',
      'Mar',
      'Apr',
    ]);
    const narrow = monthTicks(timeDomain(EVENTS), 4, 'de').map((tick) => tick.label);
    expect(new Set(narrow).size).toBe(narrow.length);
    expect(narrow.length).toBeLessThanOrEqual(4);
  });

  it('events of one day share one bar; bars are placed by date, uneven gaps by time', () => {
    const bins = binEvents(EVENTS, 'week');
    const december = bins.find((bin) => bin.events.some((e) => e.id === 'P019'));
    expect(december?.events.map((e) => e.id)).toEqual(['P019', 'P022', 'P023']);
    expect(december?.numbers).toEqual([5, 6, 7]);
    const starts = bins.map((bin) => bin.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const layout = purlPlotLayout(EVENTS, {
      width: 800,
      fontSize: 12,
      perMonth: false,
      disputed: new Set(),
      mark: '†',
      locale: 'en',
      runningTitle: 'Running total',
      barsTitle: { week: 'Weekly', month: 'Monthly' },
    });
    const x = (id: string) =>
      layout.x(layout.bins.find((b) => b.events.some((e) => e.id === id))!.start);
    // 16 days (13 -> 29 Aug) against 76 days (29 Aug -> 13 Nov): a category axis spaces both alike.
    expect(x('P013') - x('P008')).toBeGreaterThan(3 * (x('P008') - x('P006')));
  });

  it('month bins when weeks are narrower than a label (a phone) or data is summed by month', () => {
    const domain = timeDomain(EVENTS);
    expect(chooseBinUnit(domain, 700, 15, false)).toBe('week');
    expect(chooseBinUnit(domain, 300, 15, false)).toBe('month');
    expect(chooseBinUnit(domain, 700, 15, true)).toBe('month');
  });

  it('stack labels: a range for consecutive numbers, a dagger for a disputed amount', () => {
    const [december] = binEvents(EVENTS.slice(4, 7), 'week');
    expect(binLabel(december!, new Set(), '†')).toBe('1–3');
    expect(binLabel(december!, new Set(['P019']), '†')).toBe('1–3†');
    const [pair] = binEvents(EVENTS.slice(4, 6), 'week');
    expect(binLabel(pair!, new Set(['P019']), '†')).toBe('1†,2');
  });

  it('a key entry too wide for a phone in the projector theme puts its amount on a second line', () => {
    const joint: PurlEvent = {
      ...event('P040', '2026-01-15', 430e6),
      joint: true,
      pledge: makePledge({ id: 'P040', donors: ['NLD', 'GBR', 'NOR', 'SWE'] }),
    };
    const width = 358;
    const layout = purlPlotLayout([...EVENTS, joint], {
      width,
      fontSize: 17,
      perMonth: true,
      disputed: new Set(['P040']),
      mark: '†',
      locale: 'de',
      runningTitle: 'Laufende Summe ohne Doppelzählung, Mio. €',
      barsTitle: { week: 'Pro Woche', month: 'Pro Monat' },
    });
    const f = layout.keyFontSize;
    // The key's own width estimate (purl-plot-layout.ts): capitals and digits, a swatch before.
    const drawn = (text: string) => text.length * f * 0.7 + f * 2;
    for (const entry of layout.key)
      expect(entry.x + Math.max(...entry.lines.map(drawn))).toBeLessThanOrEqual(width);
    const wrapped = layout.key.find((entry) => entry.event.id === 'P040');
    expect(wrapped?.lines).toHaveLength(2);
    expect(wrapped?.lines.join(' ')).toBe(wrapped?.text);
  });

  it('nice axis tops', () => {
    expect(niceScale(4114e6, 3)).toEqual({ top: 6000e6, step: 2000e6 });
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
  });
});
