import { describe, expect, it } from 'vitest';
import { filtersOf, realPledges } from '@/features/briefing/model/real-data.fixture';
import type { FundingGap } from '@/features/financing/model/funding-gap';
import { selectPledgeView } from '@/features/pledges/model/pledge-view';
import { gapSteps, latestDecision, selectionPeriod } from './overview-model';

const gap = (needEur: number | null): FundingGap => ({
  needEur,
  needIsLowerBound: false,
  byStatus: { disbursed: 0, decided: 100, pledged: 20, proposed: 15 },
  coveredEur: 135,
  gapEur: needEur === null ? null : needEur - 135,
  firmGapEur: needEur === null ? null : needEur - 100,
  unconverted: [],
});

describe('overview model', () => {
  it('the gap after each certainty step, firmest first', () => {
    expect(gapSteps(gap(130))).toEqual([
      { status: 'disbursed', coveredEur: 0, gapEur: 130 },
      { status: 'decided', coveredEur: 100, gapEur: 30 },
      { status: 'pledged', coveredEur: 120, gapEur: 10 },
      { status: 'proposed', coveredEur: 135, gapEur: -5 },
    ]);
    expect(gapSteps(gap(null))).toEqual([]);
  });

  it('the months a selection spans (the pledge headline states its period)', () => {
    const prepared = realPledges();
    const all = selectPledgeView(prepared, filtersOf(), 'instrument');
    expect(selectionPeriod(prepared.columns, all.rowIndex)).toEqual({
      from: '2024-02',
      to: '2026-04',
    });
    const purl = selectPledgeView(prepared, filtersOf({ instruments: ['purl'] }), 'instrument');
    expect(selectionPeriod(prepared.columns, purl.rowIndex)).toEqual({
      from: '2025-08',
      to: '2026-04',
    });
    expect(selectionPeriod(prepared.columns, new Int32Array(0))).toBeNull();
  });

  it('the latest formal decision', () => {
    const event = (date: string, status: 'adopted' | 'proposed') => ({
      id: date,
      date,
      title: date,
      what: '',
      outcome: '',
      status,
      donors: [],
      sources: [],
    });
    const timeline = [
      event('2025-12-12', 'adopted'),
      event('2026-04-23', 'adopted'),
      event('2026-06-01', 'proposed'),
    ];
    expect(latestDecision(timeline as never)?.date).toBe('2026-04-23');
  });
});
