// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pledgeLabel } from './pledge-label';
import { pledgeLabelDe } from './pledge-label-de';

const bundled = JSON.parse(
  readFileSync(resolve(__dirname, '../../../../public/data/pledges.json'), 'utf8'),
) as { pledges: { id: string; label: string; donors: string[] }[] };

describe('German pledge labels', () => {
  it('every bundled row has one, and none is left in English', () => {
    for (const row of bundled.pledges) {
      const german = pledgeLabelDe(row);
      expect(german, row.id).not.toBeNull();
      expect(german, row.id).not.toBe(row.label);
      expect(german, row.id).not.toMatch(/\b(share|package|contribution|of the)\b/);
    }
  });
  it.each([
    [
      { label: 'Belgium: second PURL contribution', donors: ['BEL'] },
      'Belgien: zweiter PURL-Beitrag',
    ],
    [
      { label: 'Germany: PURL package (Aug 2025)', donors: ['DEU'] },
      'Deutschland: PURL-Paket (Aug. 2025)',
    ],
    [
      { label: "Poland's share of the NO/DE/PL package", donors: ['POL'] },
      'Polen: Anteil am Paket NO/DE/PL',
    ],
    [
      { label: 'PURL package: Norway + Germany + Poland', donors: ['NOR', 'DEU', 'POL'] },
      'PURL-Paket: Norwegen + Deutschland + Polen',
    ],
    // Any new row of a known pattern: the donor comes from the structured field.
    [
      { label: 'Austria: PURL contribution (Mar 2026)', donors: ['AUT'] },
      'Österreich: PURL-Beitrag (März 2026)',
    ],
  ])('%j -> %s', (row, expected) => {
    expect(pledgeLabelDe(row)).toBe(expected);
    expect(pledgeLabel(row, 'de')).toBe(expected);
    expect(pledgeLabel(row, 'en')).toBe(row.label);
  });
  it('an unknown phrase gives null (data:check then fails for that row)', () => {
    expect(
      pledgeLabelDe({ label: 'Austria: a brand-new kind of aid', donors: ['AUT'] }),
    ).toBeNull();
    expect(
      pledgeLabelDe({ label: 'Germany: PURL package (sometime)', donors: ['DEU'] }),
    ).toBeNull();
  });
});
