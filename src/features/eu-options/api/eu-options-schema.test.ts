import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EU27_CODES } from '@/lib/donors';
import { euOptionsSchema, validateEuOptionsData, type EuOptionsData } from './eu-options-schema';

const FILE = path.resolve(process.cwd(), 'public/data/eu-options.json');
const real = (): unknown => JSON.parse(readFileSync(FILE, 'utf8'));

describe('public/data/eu-options.json', () => {
  it('is valid', () => {
    expect(validateEuOptionsData(real())).toEqual([]);
  });

  it('has every aspect of the comparison, each side with sources', () => {
    const data = v.parse(euOptionsSchema, real());
    expect(data.comparison.map((row) => row.id)).toEqual([
      'mechanism',
      'amount',
      'borrower-lender',
      'cost-risk',
      'voting',
      'legal-risks',
      'belgium',
      'time-to-money',
      'outcome',
    ]);
  });

  it("keeps Prévot's quote of 3 Dec 2025 verbatim and the Euroclear conflict with both sources", () => {
    const data = v.parse(euOptionsSchema, real());
    const belgium = data.comparison.find((row) => row.id === 'belgium');
    expect(belgium?.planB.quotes?.[0]).toMatchObject({
      text: 'does not satisfactorily address our concerns … we have not been heard',
      date: '2025-12-03',
    });
    const conflict = data.comparison.find((row) => row.id === 'amount')?.planB.conflicts?.[0];
    expect(conflict?.values.map((value) => value.amountEurBn)).toEqual([185, 190]);
  });

  it('defaults: EUR 90 bn, 3 / 90 = 3.33 %, the 24 without Czechia, Hungary and Slovakia', () => {
    const { calculatorDefaults: d, guarantees } = v.parse(euOptionsSchema, real());
    expect(d.principalEurBn).toBe(90);
    expect(d.ratePercent).toBeCloseTo((3 / 90) * 100, 2);
    expect(d.participants).toEqual(EU27_CODES.filter((c) => !['CZE', 'HUN', 'SVK'].includes(c)));
    expect(Object.fromEntries(guarantees.countries.map((g) => [g.code, g.amountEurBn]))).toEqual({
      DEU: 51.3,
      FRA: 34,
      ITA: 25.1,
      ESP: 18.9,
      NLD: 13.4,
      POL: 10.3,
      BEL: 7.2,
    });
  });
});

describe('validateEuOptionsData names the field of each problem', () => {
  const cases: [string, (data: EuOptionsData) => void, RegExp][] = [
    [
      'a participant that is not an EU member',
      (d) => (d.calculatorDefaults.participants = ['DEU', 'NOR']),
      /^calculatorDefaults\.participants\[1\]: expected an EU member code/,
    ],
    [
      'a repeated participant',
      (d) => (d.calculatorDefaults.participants = ['DEU', 'DEU']),
      /^calculatorDefaults\.participants: DEU is listed twice/,
    ],
    [
      'a rate above 20 %',
      (d) => (d.calculatorDefaults.ratePercent = 25),
      /^calculatorDefaults\.ratePercent/,
    ],
    ['fractional years', (d) => (d.calculatorDefaults.years = 7.5), /^calculatorDefaults\.years/],
    [
      'a cell without sources',
      (d) => (d.comparison[2]!.planA.sources = []),
      /^comparison\[2\]\.planA\.sources: needs at least one source/,
    ],
    [
      'a javascript: source link',
      (d) => (d.comparison[0]!.planB.sources[0]!.url = 'javascript:alert(1)'),
      /^comparison\[0\]\.planB\.sources\[0\]\.url/,
    ],
    [
      'a conflict with one value',
      (d) => d.comparison[1]!.planB.conflicts![0]!.values.pop(),
      /^comparison\[1\]\.planB\.conflicts\[0\]\.values: a conflict needs at least two values/,
    ],
    [
      'a guarantee of a non-member',
      (d) => (d.guarantees.countries[0]!.code = 'USA'),
      /^guarantees\.countries\[0\]\.code/,
    ],
    [
      'a Plan B total below the reported guarantees',
      (d) => (d.calculatorDefaults.planBTotalEurBn = 100),
      /^calculatorDefaults\.planBTotalEurBn: 100 is below the sum/,
    ],
    [
      'a derivation that does not state the rate',
      (d) => (d.calculatorDefaults.ratePercent = 3.5),
      /^calculatorDefaults\.rateDerivation/,
    ],
    [
      'a duplicate row id',
      (d) => (d.comparison[1]!.id = 'mechanism'),
      /^comparison: id "mechanism"/,
    ],
    [
      'a negative amount',
      (d) => (d.interestCost[0]!.amountEurBn = -1),
      /^interestCost\[0\]\.amountEurBn/,
    ],
  ];
  it.each(cases)('%s', (_name, breakIt, expected) => {
    const data = structuredClone(v.parse(euOptionsSchema, real()));
    breakIt(data);
    const problems = validateEuOptionsData(data);
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('a document that is not an object', () => {
    expect(validateEuOptionsData('text')).toEqual([expect.stringMatching(/^\(root\)/)]);
  });
});
