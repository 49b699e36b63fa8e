// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePledgeRows, wordRowProblem } from '@/features/pledges';
import { checkPledgesFile } from '../scripts/data-check-lib';
import {
  breakPledgeRow,
  leafRows,
  parsePledgeFile,
  ROW_FAULTS,
  truncateText,
  withDependents,
  withExtremeAmounts,
  withMarkupInText,
  type RawPledgeFile,
  type RowFaultName,
} from './faulty-data';

const real = parsePledgeFile(
  readFileSync(path.resolve(process.cwd(), 'public/data/pledges.json'), 'utf8'),
);
const BUNDLED = new Set(
  readdirSync(path.resolve(process.cwd(), 'public/data/sources')).map((f) => `data/sources/${f}`),
);
/** What `npm run data:check` reports for the file (FX check left to fx-rates.json's own test). */
const strictProblems = (file: RawPledgeFile) =>
  checkPledgesFile('pledges.json', JSON.stringify(file), {
    currenciesWithRates: null,
    bundledSources: BUNDLED,
  }).problems;

const FAULTS = Object.keys(ROW_FAULTS) as RowFaultName[];

describe('breakPledgeRow', () => {
  it('starts from a file the data checker accepts', () => {
    expect(strictProblems(real)).toEqual([]);
  });

  it.each(FAULTS.flatMap((fault) => [[fault, 'leaf'] as const, [fault, 'package'] as const]))(
    '%s (%s row): the data checker rejects the file; the app leaves out exactly the broken rows',
    (fault, target) => {
      const { file, broken, problem } = breakPledgeRow(real, fault, target);
      expect(strictProblems(file).length).toBeGreaterThan(0);
      const parsed = parsePledgeRows(file, 'pledges.json');
      expect(parsed.rejected.map(({ index, id }) => ({ index, id }))).toEqual(broken);
      const first = parsed.rejected[0]?.problems[0];
      expect(first && wordRowProblem(first, 'en')).toMatch(new RegExp(`^${escape(problem)}`));
      expect(parsed.dataset.pledges).toHaveLength(real.pledges.length - broken.length);
    },
  );

  it('does not change the file it was given', () => {
    const before = JSON.stringify(real);
    breakPledgeRow(real, 'missing source');
    expect(JSON.stringify(real)).toBe(before);
  });
});

describe('rows a fault can safely hit', () => {
  it('leaf rows are pointed to by nothing and point to nothing', () => {
    const leaves = leafRows(real);
    expect(leaves.length).toBeGreaterThan(2);
    for (const { index } of leaves) {
      expect(
        withDependents(
          real,
          leaves.find((l) => l.index === index)!,
        ),
      ).toHaveLength(1);
    }
  });

  it('a package takes its shares, spanning totals and what they include along', () => {
    const pkg = real.pledges.findIndex((row) => row.kind === 'package-total');
    const dependents = withDependents(real, { index: pkg, id: String(real.pledges[pkg]!.id) });
    const direct = real.pledges.filter((row) => row.shareOf === real.pledges[pkg]!.id);
    expect(dependents.length).toBeGreaterThan(direct.length);
  });
});

describe('valid unusual files', () => {
  it.each([
    ['markup in every text field', withMarkupInText(real)],
    ['huge and tiny amounts', withExtremeAmounts(real).file],
  ])('%s: the data checker and the app accept every row', (_name, file) => {
    expect(strictProblems(file)).toEqual([]);
    expect(parsePledgeRows(file, 'pledges.json').rejected).toEqual([]);
  });
});

describe('truncateText', () => {
  it.each([
    ['pretty JSON', JSON.stringify({ a: [1, 2, 3], b: 'x' }, null, 2)],
    ['CSV', 'a,b,c\n1,2,3\n4,5,6\n7,8,9\n'],
    ['one line', '{"a":[1,2,3],"b":"xyz"}'],
  ])('%s: cut short, never at a line break', (_name, text) => {
    const cut = truncateText(text);
    expect(text.startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThan(text.length);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.endsWith('\n')).toBe(false);
  });

  it('cut JSON no longer parses', () => {
    const cut = truncateText(JSON.stringify(real, null, 2));
    expect(() => {
      JSON.parse(cut);
    }).toThrow(SyntaxError);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
