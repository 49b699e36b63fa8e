// @vitest-environment node
import { parseKielProcurementTrends } from './parse-procurement-trends';

// Header and rows as in public/data/kiel-ust-r29/procurement_trends.csv.
const HEADER = '"year","month","stockpile","procurement","unspecified","nato_purl"';

describe('parseKielProcurementTrends', () => {
  it('reads real rows', () => {
    const result = parseKielProcurementTrends(
      `${HEADER}\n2025,7,0,0.873946250669731,0.210793273956689,0\n2025,8,0.687791697371653,0.727742533071527,0.135336226088091,1.88323218983518\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[1]).toEqual({
      year: 2025,
      month: 8,
      period: '2025-08',
      natoPurl: 1.88323218983518,
      stockpile: 0.687791697371653,
      procurement: 0.727742533071527,
      unspecified: 0.135336226088091,
    });
  });

  it.each([
    {
      name: 'only the required columns',
      text: 'nato_purl,month,year\n0.5,9,2025\n',
      natoPurl: 0.5,
      stockpile: null,
      problems: 0,
    },
    {
      name: 'nato_purl not a number',
      text: `${HEADER}\n2025,9,0,0,0,n/a\n`,
      natoPurl: undefined,
      stockpile: undefined,
      problems: 1,
    },
    {
      name: 'negative nato_purl',
      text: `${HEADER}\n2025,9,0,0,0,-0.1\n`,
      natoPurl: undefined,
      stockpile: undefined,
      problems: 1,
    },
  ])('$name', ({ text, natoPurl, stockpile, problems }) => {
    const result = parseKielProcurementTrends(text);
    expect(result.problems).toHaveLength(problems);
    expect(result.rows[0]?.natoPurl).toBe(natoPurl);
    expect(result.rows[0]?.stockpile).toBe(stockpile);
  });

  it('rejects a file without nato_purl', () => {
    const result = parseKielProcurementTrends('"year","month","stockpile"\n2025,8,1\n');
    expect(result.missingRequired).toEqual(['nato_purl']);
    expect(result.rows).toEqual([]);
  });
});
