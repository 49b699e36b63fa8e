// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filtersOf, realPledges } from '@/test-utils/real-data.fixture';
import { selectPledgeView } from '@/features/pledges';
import { latestDecision, selectionPeriod } from './overview-model';

describe('overview model', () => {
  it('the months a selection spans (the pledge headline states its period)', () => {
    const prepared = realPledges();
    const all = selectPledgeView(prepared, filtersOf(), 'instrument');
    expect(selectionPeriod(prepared.columns, all.rowIndex)).toEqual({
      from: '2023-11',
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
