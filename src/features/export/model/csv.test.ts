// @vitest-environment node
import { setLocale } from '@/lib/i18n/locale';
import { BOM, buildCsv, fileStem } from './csv';

const META = {
  title: 'Pledges by donor',
  units: 'EUR million',
  filters: 'Donors: Poland and Norway',
  source: 'project research, https://example.org/a',
  asOf: '3 Dec 2025',
  note: '',
};

describe('buildCsv', () => {
  const csv = buildCsv(
    {
      columns: ['Donor', 'Total (EUR m)'],
      rows: [
        ['Poland', 86],
        ['Norway', 15126.47365],
      ],
    },
    META,
  );
  it('starts with a byte-order mark and uses CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });
  it('has metadata lines, the rounding stated, a header and rounded numbers (no float noise)', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      '# Pledges by donor',
      '# Units: EUR million',
      '# Filters: Donors: Poland and Norway',
      '"# Source: project research, https://example.org/a"',
      '# As of: 3 Dec 2025',
      '# Rounding (decimals per column): Total (EUR m): 2',
      'Donor,Total (EUR m)',
      'Poland,86',
      'Norway,15126.47',
      '',
    ]);
  });
  it('adds the note when there is one, on one line', () => {
    const withNote = buildCsv(
      { columns: ['a'], rows: [] },
      { ...META, note: 'Rates:\n1 USD = 0.86 EUR' },
    );
    expect(withNote).toContain('# Note: Rates: 1 USD = 0.86 EUR\r\n');
  });
  it('labels the metadata lines in German in German, numbers unchanged', () => {
    setLocale('de');
    try {
      const german = buildCsv(
        { columns: ['Geber'], rows: [['Polen', 86.5]] },
        { ...META, note: 'x' },
      );
      expect(german).toContain('# Einheiten: EUR million\r\n');
      expect(german).toContain('# Filter: Donors: Poland and Norway\r\n');
      expect(german).toContain('"# Quelle: project research, https://example.org/a"\r\n');
      expect(german).toContain('# Stand: 3 Dec 2025\r\n');
      expect(german).toContain('# Hinweis: x\r\n');
      expect(german).toContain('Polen,86.5\r\n');
    } finally {
      setLocale('en');
    }
  });
});

describe('rounding per column', () => {
  it('rounds each numeric column to its decimals and states them', () => {
    const csv = buildCsv(
      {
        columns: ['Year', 'Share (EUR bn)', 'Rate (EUR per USD)'],
        rows: [[1, 0.1 + 0.2, 0.8612345678]],
        decimals: [0, 3, 6],
      },
      META,
    );
    // Quoted: the line holds ';', which a reader splitting on ';' (German Excel) would cut.
    expect(csv).toContain(
      '"# Rounding (decimals per column): Year: 0; Share (EUR bn): 3; Rate (EUR per USD): 6"\r\n',
    );
    expect(csv).toContain('\r\n1,0.3,0.861235\r\n');
  });
});

describe('fileStem', () => {
  it.each([
    ['Pledges by donor', 'pledges-by-donor'],
    ['Allocations by donor (Kiel tracker)', 'allocations-by-donor-kiel-tracker'],
    ['Zuwendungen für Ukraine', 'zuwendungen-fur-ukraine'],
    ['***', 'chart'],
  ])('%s -> %s', (title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });
});
