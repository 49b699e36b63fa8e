// @vitest-environment node
import { parseKielTotalAllocations } from './parse-total-allocations';

// Header and rows as in public/data/kiel-ust-r29/total_allocations.csv.
const HEADER = '"year","month","total_allocations","military","financial","humanitarian"';

describe('parseKielTotalAllocations', () => {
  it('reads real rows', () => {
    const result = parseKielTotalAllocations(
      `${HEADER}\n2022,1,0.266861,0.231852,0,0.035009\n2026,4,7.794256,6.087625,1.141424,0.565207\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toEqual([
      {
        year: 2022,
        month: 1,
        period: '2022-01',
        total: 0.266861,
        military: 0.231852,
        financial: 0,
        humanitarian: 0.035009,
      },
      {
        year: 2026,
        month: 4,
        period: '2026-04',
        total: 7.794256,
        military: 6.087625,
        financial: 1.141424,
        humanitarian: 0.565207,
      },
    ]);
  });

  it.each([
    {
      name: 'negative category',
      row: '2022,2,1,-1,1,1',
      kept: 0,
      problem: 'military',
      warning: null,
    },
    { name: 'month 13', row: '2022,13,1,1,0,0', kept: 0, problem: 'month', warning: null },
    {
      name: 'total off by 0.1',
      row: '2022,2,1.1,1,0,0',
      kept: 1,
      problem: null,
      warning: 'total_allocations',
    },
  ])('$name', ({ row, kept, problem, warning }) => {
    const result = parseKielTotalAllocations(`${HEADER}\n${row}\n`);
    expect(result.rows).toHaveLength(kept);
    expect(result.problems.map((p) => p.field)).toEqual(problem ? [problem] : []);
    expect(result.warnings.map((w) => w.field)).toEqual(warning ? [warning] : []);
  });

  it('names missing columns', () => {
    expect(parseKielTotalAllocations('year,month,military\n2022,1,1\n').missingRequired).toEqual([
      'total_allocations',
      'financial',
      'humanitarian',
    ]);
  });
});
