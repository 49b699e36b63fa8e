// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KielTableParse } from '@/features/kiel/model/kiel-table';
import { kielMessage } from '@/features/kiel/model/kiel-message';
import { currencyCodes } from '@/lib/schema-primitives';
import {
  checkFxRatesFile,
  checkKielFile,
  checkPlainCsvFile,
  checkPledgesFile,
  checkPurlTotalsFile,
  financingGermanWarnings,
  changelogGermanWarnings,
  formatProblem,
  type PledgeCheckContext,
} from './data-check-lib';

const FILE = 'public/data/pledges.json';
const source = {
  title: 'Source',
  url: 'https://example.org/a',
  date: '2025-12-03',
  reliability: 'media',
};

function row(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    donors: ['POL'],
    kind: 'contribution',
    label: 'Poland: PURL contribution',
    instrument: 'purl',
    category: 'military',
    amount: 100e6,
    currency: 'USD',
    qualifier: 'exact',
    announced: '2025-12-03',
    status: 'pledged',
    description: 'test',
    descriptionDe: 'Test',
    sources: [source],
    ...extra,
  };
}

const validRows = () => [
  row('P019', {
    kind: 'package-total',
    donors: ['NOR', 'DEU', 'POL'],
    amount: 500e6,
    label: 'PURL package: Norway + Germany + Poland',
  }),
  row('P017', { shareOf: 'P019' }),
];

const text = (rows: unknown[]) =>
  JSON.stringify({
    dataset: { title: 't', asOf: '2025-12-03', compiledFrom: 'c', notes: [] },
    pledges: rows,
  });

const context: PledgeCheckContext = {
  currenciesWithRates: ['EUR', 'USD'],
  bundledSources: new Set(['data/sources/present.txt']),
};

describe('checkPledgesFile', () => {
  it('passes a valid dataset and counts its rows', () => {
    const report = checkPledgesFile(FILE, text(validRows()), context);
    expect(report.problems).toEqual([]);
    expect(report.rows).toBe(2);
  });

  it.each([
    {
      name: 'schema: negative amount',
      rows: [validRows()[0], row('P017', { shareOf: 'P019', amount: -5 })],
      line: /^public\/data\/pledges\.json: pledges\[1\] \(P017\): amount: .*\(found -5\)$/,
    },
    {
      name: 'schema: bad source address, nested field',
      rows: [
        validRows()[0],
        row('P017', { shareOf: 'P019', sources: [{ ...source, url: 'ftp://x' }] }),
      ],
      line: /^public\/data\/pledges\.json: pledges\[1\] \(P017\): sources\[0\]\.url: expected an http/,
    },
    {
      name: 'schema: dataset header',
      rows: null,
      line: /^public\/data\/pledges\.json: dataset: asOf: expected a real date/,
    },
    {
      name: 'integrity: share of a missing package',
      rows: [validRows()[0], row('P017', { shareOf: 'P099' })],
      line: /^public\/data\/pledges\.json: pledges\[1\] \(P017\): shareOf: points to P099, which does not exist$/,
    },
    {
      name: 'integrity: currency without a rate',
      rows: [validRows()[0], row('P017', { shareOf: 'P019', currency: 'NOK' })],
      line: /^public\/data\/pledges\.json: pledges\[1\] \(P017\): currency: no FX rate for NOK$/,
    },
    {
      name: 'missing bundled copy of a conflict source',
      rows: [
        row('P019', {
          kind: 'package-total',
          donors: ['NOR', 'DEU', 'POL'],
          label: 'PURL package: Norway + Germany + Poland',
          conflicts: [
            {
              amount: 1,
              currency: 'EUR',
              statement: 's',
              source: { ...source, url: 'data/sources/gone.txt' },
            },
          ],
        }),
        validRows()[1],
      ],
      line: /^public\/data\/pledges\.json: pledges\[0\] \(P019\): conflicts\[0\]\.source\.url: bundled copy data\/sources\/gone\.txt is missing$/,
    },
  ])('$name', ({ rows, line }) => {
    const input = rows
      ? text(rows)
      : text(validRows()).replace('"asOf":"2025-12-03"', '"asOf":"2025-13-03"');
    const lines = checkPledgesFile(FILE, input, context).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it('warns (the row stays valid) when no German label can be composed for a row', () => {
    const input = text([
      validRows()[0],
      row('P017', { shareOf: 'P019', label: 'Poland: a new kind of aid' }),
    ]);
    const report = checkPledgesFile(FILE, input, context);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^public\/data\/pledges\.json: pledges\[1\] \(P017\): label: no German label can be composed for "Poland: a new kind of aid"/,
      ),
    ]);
  });

  it('warns when a status note has no German text, and not once it has one', () => {
    const english = row('P017', { shareOf: 'P019', statusNote: 'Planned for 2026.' });
    const warned = checkPledgesFile(FILE, text([validRows()[0], english]), context);
    expect(warned.problems).toEqual([]);
    expect(warned.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^public\/data\/pledges\.json: pledges\[1\] \(P017\): statusNoteDe: no German text for the status note "Planned for 2026\."/,
      ),
    ]);
    const german = { ...english, statusNoteDe: 'Für 2026 geplant.' };
    expect(checkPledgesFile(FILE, text([validRows()[0], german]), context).warnings).toEqual([]);
  });

  it('warns when a description has no German text', () => {
    const english = row('P017', { shareOf: 'P019', descriptionDe: undefined });
    const warned = checkPledgesFile(FILE, text([validRows()[0], english]), context);
    expect(warned.problems).toEqual([]);
    expect(warned.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^public\/data\/pledges\.json: pledges\[1\] \(P017\): descriptionDe: no German text for the description "test"/,
      ),
    ]);
  });

  it('finds a German description for every bundled pledge row', () => {
    const bundled = readFileSync(resolve(__dirname, '../public/data/pledges.json'), 'utf8');
    const warnings = checkPledgesFile(FILE, bundled, context).warnings;
    expect(warnings.filter((w) => w.field === 'descriptionDe')).toEqual([]);
  });

  it('reports unparsable JSON as a file problem', () => {
    const [problem] = checkPledgesFile(FILE, '{"dataset": ', context).problems;
    expect(problem).toMatchObject({ file: FILE, row: '(root)', field: '(file)' });
    expect(problem?.message).toMatch(/not valid JSON/);
  });

  it('names a missing field, and says that link checks wait for the schema errors', () => {
    const noLabel: Record<string, unknown> = row('P017', { shareOf: 'P099' });
    delete noLabel.label;
    const report = checkPledgesFile(FILE, text([validRows()[0], noLabel]), context);
    expect(report.problems.map(formatProblem)).toEqual([
      'public/data/pledges.json: pledges[1] (P017): label: Invalid input (missing)',
    ]);
    expect(report.warnings[0]?.message).toMatch(/checks skipped until the schema errors are fixed/);
  });

  it('skips the currency check when the rates are unknown (null)', () => {
    const input = text([validRows()[0], row('P017', { shareOf: 'P019', currency: 'NOK' })]);
    expect(
      checkPledgesFile(FILE, input, { ...context, currenciesWithRates: null }).problems,
    ).toEqual([]);
  });
});

describe('checkFxRatesFile', () => {
  const rate = (currency: string) => ({
    currency,
    eurPerUnit: 0.5,
    date: '2025-12-03',
    derivation: 'd',
    source: { title: 's', url: 'https://x.org', date: null },
  });
  const fx = (rates: unknown[]) =>
    JSON.stringify({ title: 't', asOf: '2025-12-03', method: 'm', rates });

  const all = currencyCodes.filter((code) => code !== 'USD').map(rate);

  it('returns the currencies of a valid file', () => {
    const { report, currencies } = checkFxRatesFile('fx.json', fx([rate('USD'), ...all]));
    expect(report.problems).toEqual([]);
    expect(currencies.slice(0, 2)).toEqual(['USD', 'EUR']);
  });

  it('names every accepted currency without a rate (no silent zero: issue 14)', () => {
    const lines = checkFxRatesFile(
      'fx.json',
      fx(all.filter((r) => r.currency !== 'SEK')),
    ).report.problems.map(formatProblem);
    expect(lines).toEqual([
      'fx.json: (rates): currency: no rate for USD, a currency the data files and imports accept: add a sourced rate',
      'fx.json: (rates): currency: no rate for SEK, a currency the data files and imports accept: add a sourced rate',
    ]);
  });

  it('names the row and field of a duplicate and of a schema error', () => {
    const lines = checkFxRatesFile(
      'fx.json',
      fx([rate('USD'), rate('USD'), ...all]),
    ).report.problems.map(formatProblem);
    expect(lines).toEqual(['fx.json: rates[1]: currency: second rate for USD']);
    const bad = checkFxRatesFile('fx.json', fx([{ ...rate('USD'), eurPerUnit: 0 }])).report
      .problems;
    expect(bad.map(({ row, field }) => `${row} ${field}`)).toEqual(['rates[0] eurPerUnit']);
  });
});

describe('checkPurlTotalsFile', () => {
  it('names the statement and field', () => {
    const statement = {
      date: '2025-12-03',
      who: 'Rutte',
      type: 'target',
      amount: 1e9,
      currency: 'USD',
      per: 'week',
      description: 'd',
      source: { title: 's', url: 'https://x.org', date: null },
    };
    const input = JSON.stringify({
      dataset: { title: 't', asOf: '2025-12', compiledFrom: 'c', notes: [] },
      statements: [statement],
    });
    const problems = checkPurlTotalsFile('totals.json', input).problems;
    expect(problems.map(({ row, field }) => `${row} ${field}`)).toEqual(['statements[0] per']);
  });

  it('warns for a statement without German for who made it, and not for the bundled file', () => {
    const statement = {
      date: '2025-12-03',
      who: 'NATO SG Mark Rutte',
      type: 'target',
      amount: 1e9,
      currency: 'USD',
      per: null,
      description: 'd',
      source: { title: 's', url: 'https://x.org', date: null },
    };
    const file = (statements: unknown[]) =>
      JSON.stringify({
        dataset: { title: 't', asOf: '2025-12', compiledFrom: 'c', notes: [] },
        statements,
      });
    const warned = checkPurlTotalsFile('totals.json', file([statement]));
    expect(warned.problems).toEqual([]);
    expect(warned.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/statements\[0\] \(2025-12-03\): whoDe: no German text for "NATO SG/),
    ]);
    const german = { ...statement, whoDe: 'NATO-Generalsekretär Mark Rutte' };
    expect(checkPurlTotalsFile('totals.json', file([german])).warnings).toEqual([]);
    const bundled = readFileSync(
      resolve(__dirname, '../public/data/purl-running-totals.json'),
      'utf8',
    );
    expect(checkPurlTotalsFile('totals.json', bundled).warnings).toEqual([]);
  });
});

describe('CSV files', () => {
  it('turns a Kiel parse into line-numbered problems, warnings kept apart', () => {
    const parse = (): KielTableParse<unknown> => ({
      rows: [{}, {}],
      header: ['iso'],
      missingRequired: ['military'],
      duplicateColumns: [{ name: 'total', positions: [2, 5] }],
      problems: [{ line: 7, field: 'total', message: kielMessage('number', 'x') }],
      warnings: [{ line: 9, field: 'gdp', message: kielMessage('notNumber', 'NA?') }],
      recordCount: 3,
      truncated: true,
    });
    const report = checkKielFile('kiel.csv', 'ignored', parse);
    expect(report.rows).toBe(2);
    expect(report.problems.map(formatProblem)).toEqual([
      'kiel.csv: line 1: military: required column is missing',
      'kiel.csv: line 1: total: column appears more than once (columns 2, 5)',
      'kiel.csv: line 7: total: expected a number, found "x"',
      'kiel.csv: end of file: (file): ends in the middle of a record (truncated?)',
    ]);
    expect(report.warnings.map(formatProblem)).toEqual([
      'kiel.csv: line 9: gdp: not a number ("NA?"); treated as missing',
    ]);
  });

  it('checks the width of every record of a plain CSV', () => {
    const report = checkPlainCsvFile('w.csv', 'a,b\n1,2\n3\n"4",5\n');
    expect(report.rows).toBe(3);
    expect(report.problems.map(formatProblem)).toEqual([
      'w.csv: line 3: (row): expected 2 cells, found 1',
    ]);
  });
});

describe('financingGermanWarnings', () => {
  const bundled = JSON.parse(
    readFileSync(resolve(__dirname, '../public/data/financing.json'), 'utf8'),
  ) as { timeline: { title: string }[] };

  it('no warning for the bundled file; one for a text without German, naming it and where to add it', () => {
    expect(financingGermanWarnings('public/data/financing.json', bundled)).toEqual([]);
    const changed = structuredClone(bundled);
    if (changed.timeline[0]) changed.timeline[0].title = 'A new event nobody translated';
    const warnings = financingGermanWarnings('public/data/financing.json', changed);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(
      /^no German for "A new event nobody translated": add it to src\/features\/financing\/model\/financing-de\.ts$/,
    );
  });
});

describe('changelogGermanWarnings', () => {
  const FILE_LOG = 'public/data/changelog.json';
  const bundled = JSON.parse(
    readFileSync(resolve(__dirname, '../public/data/changelog.json'), 'utf8'),
  ) as {
    entries: {
      reasonDe?: string;
      added: { labelDe?: string }[];
      revised: { key: string; reasonDe?: string }[];
    }[];
  };

  it('no warning for the bundled file; one per missing German reason or label', () => {
    expect(changelogGermanWarnings(FILE_LOG, bundled)).toEqual([]);
    const changed = structuredClone(bundled);
    const last = changed.entries.at(-1)!;
    delete last.reasonDe;
    delete last.added[0]!.labelDe;
    delete last.revised[0]!.reasonDe;
    const warnings = changelogGermanWarnings(FILE_LOG, changed);
    expect(warnings.map((w) => [w.field, w.message])).toEqual([
      ['reasonDe', 'no German reason: give --reason-de to data:changelog'],
      ['labelDe', expect.stringMatching(/^no German label for ".+"$/)],
      ['reasonDe', 'no German reason: give --why-de or --reason-de'],
    ]);
    expect(warnings[2]!.row).toContain(last.revised[0]!.key);
  });
});
