// @vitest-environment node
import { dayNumber, newestDate, pageFreshness, STALE_LAG_DAYS } from './freshness';
import {
  newestEuOptions,
  newestFinancing,
  newestKielMonth,
  newestPledge,
  newestPurlStatement,
  newestRate,
} from './newest-dates';

const TODAY = new Date('2026-12-07T10:00:00Z');

describe('dayNumber', () => {
  it('counts a day, and a month from its last day', () => {
    expect(dayNumber('2026-04-30')).toBe(dayNumber('2026-04'));
    expect(dayNumber('2024-02')).toBe(dayNumber('2024-02-29'));
    expect(dayNumber('2026-05-01')! - dayNumber('2026-04')!).toBe(1);
  });

  it('refuses what is not a date', () => {
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('2026-13')).toBeNull();
    expect(dayNumber('21 Apr 2026')).toBeNull();
  });
});

describe('newestDate', () => {
  it('picks the latest by the day it stands for, skipping nulls and junk', () => {
    expect(newestDate(['2026-02-10', null, '2026-04-21', 'n/a', '2026-04'])).toBe('2026-04');
    expect(newestDate(['2026-04-21', '2026-03'])).toBe('2026-04-21');
    expect(newestDate([null, undefined])).toBeNull();
  });

  it('gives the same answer when dates repeat (each distinct text is read once)', () => {
    const many = Array.from(
      { length: 5000 },
      (_, i) => ['2025-12-31', '2026-01', 'junk', null][i % 4],
    );
    expect(newestDate([...many, '2026-01-15'])).toBe('2026-01');
    expect(newestDate([...many, '2026-02-01', ...many])).toBe('2026-02-01');
    expect(newestDate(['2026-02-30', '2026-02-30', '2026-01-02'])).toBe('2026-01-02');
  });
});

describe('pageFreshness', () => {
  it('ages the newest figure to the injected today (230 days for 21 Apr 2026 on 7 Dec 2026)', () => {
    const page = pageFreshness(
      [
        { section: 'pledges', newest: '2026-04-21' },
        { section: 'purl', newest: '2026-02-10' },
      ],
      TODAY,
    );
    expect(page.newest).toBe('2026-04-21');
    expect(page.newestSection).toBe('pledges');
    expect(page.ageDays).toBe(230);
    expect(pageFreshness(page.sections, new Date('2026-04-21T23:59:00Z')).ageDays).toBe(0);
  });

  it('flags a section more than 90 days older than the page, not one exactly 90 days older', () => {
    const page = pageFreshness(
      [
        { section: 'financing', newest: '2026-06-25' },
        { section: 'euOptions', newest: '2026-03-27' },
        { section: 'fxRates', newest: '2026-03-26' },
        { section: 'kiel', newest: null },
      ],
      TODAY,
    );
    const bySection = Object.fromEntries(page.sections.map((s) => [s.section, s]));
    expect(bySection.euOptions).toMatchObject({ lagDays: STALE_LAG_DAYS, stale: false });
    expect(bySection.fxRates).toMatchObject({ lagDays: 91, stale: true });
    expect(bySection.kiel).toMatchObject({ lagDays: null, stale: false });
  });

  it('knows no age when no section has a date', () => {
    expect(pageFreshness([{ section: 'kiel', newest: null }], TODAY)).toMatchObject({
      newest: null,
      ageDays: null,
    });
  });
});

describe('newest dates read from each data set', () => {
  it('takes the latest pledge, statement and rate date', () => {
    expect(
      newestPledge([{ announced: '2025-08-04' }, { announced: null }, { announced: '2026-04-21' }]),
    ).toBe('2026-04-21');
    expect(newestPurlStatement([{ date: '2026-02-10' }, { date: '2025-08-29' }])).toBe(
      '2026-02-10',
    );
    expect(newestRate([{ date: '1999-01-01' }, { date: '2026-02-11' }])).toBe('2026-02-11');
  });

  it('takes EU options as of, financing as of or a later timeline event, Kiel data-to month', () => {
    expect(newestEuOptions({ asOf: '2026-06-01' })).toBe('2026-06-01');
    expect(newestFinancing({ asOf: '2026-06-25', timeline: [{ date: '2026-07-02' }] })).toBe(
      '2026-07-02',
    );
    expect(newestFinancing({ asOf: '2026-06-25', timeline: [{ date: '2025-12-03' }] })).toBe(
      '2026-06-25',
    );
    expect(newestKielMonth('04/2026')).toBe('2026-04');
    expect(newestKielMonth('2026-04')).toBeNull();
  });
});
