// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangelogLine } from '@/features/changelog/api/changelog-schema';
import type { DataFiles } from '@/features/changelog/model/data-collections';
import { germanLineLabel } from './changelog-german';

const read = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../public/data', name), 'utf8')) as unknown;
const files: DataFiles = {
  pledges: read('pledges.json'),
  purl: read('purl-running-totals.json'),
  fxRates: read('fx-rates.json'),
  financing: read('financing.json'),
};

describe('germanLineLabel', () => {
  it('gives the German the app shows: the composed pledge label, who made a PURL statement, the rate', () => {
    const pledges = (files.pledges as { pledges: { id: string; label: string }[] }).pledges;
    const first = pledges[0]!;
    expect(
      germanLineLabel({ file: 'pledges.json', key: first.id, label: first.label }, [files]),
    ).toMatch(/^Niederlande: /);
    expect(
      germanLineLabel(
        { file: 'purl-running-totals.json', key: 'k', label: 'President Zelensky, 2025-12-31' },
        [files],
      ),
    ).toBe('Präsident Zelensky, 2025-12-31');
    expect(germanLineLabel({ file: 'fx-rates.json', key: 'SEK', label: 'SEK' }, [files])).toBe(
      'Referenzkurs SEK',
    );
    // No German known: null (data:check then warns), never the English passed off as German.
    expect(germanLineLabel({ file: 'pledges.json', key: 'NOPE', label: 'x' }, [files])).toBeNull();
  });

  it('agrees with every German label in the bundled changelog whose line it can label today', () => {
    const log = read('changelog.json') as {
      entries: { added: ChangelogLine[]; revised: ChangelogLine[]; removed: ChangelogLine[] }[];
    };
    const lines = log.entries.flatMap((e) => [...e.added, ...e.revised, ...e.removed]);
    const labelled = lines
      .map((line) => [line.labelDe, germanLineLabel(line, [files])] as const)
      .filter(([, now]) => now !== null);
    expect(labelled.length).toBeGreaterThan(10);
    for (const [written, now] of labelled) expect(written).toBe(now);
  });
});
