// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImport } from './analyse-import';
import { kielTotals } from './donor-totals';
import { exportFileName, payloadToCsv, payloadToJson } from './export-data';

const NOW = new Date('2026-11-25T13:02:00Z');
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');

describe('exports import again unchanged', () => {
  it.each(['kiel-r29-subset.csv', 'pledges-subset.json'])('%s: CSV and JSON exports', (name) => {
    const original = analyseImport(fixture(name), name, { now: NOW });
    if (!original.payload) throw new Error('fixture refused');
    const csv = analyseImport(payloadToCsv(original.payload), 'x.csv', { now: NOW });
    expect(csv.accepted).toBe(original.accepted);
    expect(csv.rejected).toEqual([]);
    if (original.payload.kind === 'kiel') {
      if (csv.payload?.kind !== 'kiel') throw new Error('not Kiel');
      expect(kielTotals(csv.payload.data.rows)).toEqual(kielTotals(original.payload.data.rows));
      expect(JSON.parse(payloadToJson(original.payload))).toEqual(original.payload.data.rows);
    } else {
      const json = analyseImport(payloadToJson(original.payload), 'x.json', { now: NOW });
      expect(json.payload).toEqual(original.payload);
    }
  });
});

describe('exportFileName', () => {
  it.each([
    ['pledges.json', 'csv', 'pledges-export.csv'],
    ['data_explorer.csv', 'json', 'data_explorer-export.json'],
    ['noext', 'csv', 'noext-export.csv'],
  ] as const)('%s as %s -> %s', (name, format, expected) =>
    expect(exportFileName(name, format)).toBe(expected),
  );
});

describe('text that looks like a formula', () => {
  it('survives a CSV export and import unchanged (the apostrophe is taken off again)', () => {
    const original = analyseImport(fixture('pledges-subset.json'), 'p.json', { now: NOW });
    if (original.payload?.kind !== 'pledges') throw new Error('fixture refused');
    const [first, ...rest] = original.payload.data.dataset.pledges;
    if (!first) throw new Error('empty fixture');
    const hostile = { ...first, label: '=1+1; -2+3', description: '@x,\n+y' };
    const payload = {
      ...original.payload,
      data: {
        ...original.payload.data,
        dataset: { ...original.payload.data.dataset, pledges: [hostile, ...rest] },
      },
    };
    const again = analyseImport(payloadToCsv(payload), 'x.csv', { now: NOW });
    if (again.payload?.kind !== 'pledges') throw new Error('not pledges');
    const read = again.payload.data.dataset.pledges.find((p) => p.id === first.id);
    expect(read?.label).toBe(hostile.label);
    expect(read?.description).toBe(hostile.description);
  });
});

describe('the German texts of the bundled pledges', () => {
  it('survive a CSV export and import (status notes and descriptions)', () => {
    const bundled = readFileSync(join(process.cwd(), 'public/data/pledges.json'), 'utf8');
    const original = analyseImport(bundled, 'pledges.json', { now: NOW });
    if (original.payload?.kind !== 'pledges') throw new Error('bundled file refused');
    const pledges = original.payload.data.dataset.pledges;
    const german = (list: typeof pledges) =>
      list.map((p) => ({ id: p.id, statusNoteDe: p.statusNoteDe, descriptionDe: p.descriptionDe }));
    // Every row has a German description and some have a German status note: the test has data.
    expect(pledges.every((p) => p.descriptionDe !== undefined)).toBe(true);
    expect(pledges.some((p) => p.statusNoteDe !== undefined)).toBe(true);
    const again = analyseImport(payloadToCsv(original.payload), 'x.csv', { now: NOW });
    if (again.payload?.kind !== 'pledges') throw new Error('not pledges');
    expect(german(again.payload.data.dataset.pledges)).toEqual(german(pledges));
  });
});
