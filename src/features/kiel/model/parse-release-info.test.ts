// @vitest-environment node
import { parseKielReleaseInfo } from './parse-release-info';
import { wordKielMessage } from './kiel-message';

// Header and row as in public/data/kiel-ust-r29/release_info.csv.
const HEADER = '"release","period","date","label"';

describe('parseKielReleaseInfo', () => {
  it('reads the published row', () => {
    const result = parseKielReleaseInfo(
      `${HEADER}\n"29","04/2026","2026-08-04","Ukraine Support Tracker, Release 29 (04/2026)"\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        release: '29',
        period: '04/2026',
        date: '2026-08-04',
        label: 'Ukraine Support Tracker, Release 29 (04/2026)',
      },
    ]);
  });

  it.each([
    {
      name: 'date not ISO',
      row: '"29","04/2026","04.08.2026","x"',
      field: 'date',
      message: /YYYY-MM-DD/,
    },
    {
      name: 'impossible date',
      row: '"29","04/2026","2026-02-30","x"',
      field: 'date',
      message: /not a real date/,
    },
    {
      name: 'period not MM/YYYY',
      row: '"29","2026-04","2026-08-04","x"',
      field: 'period',
      message: /MM\/YYYY/,
    },
    {
      name: 'empty release',
      row: '"","04/2026","2026-08-04","x"',
      field: 'release',
      message: /empty/,
    },
  ])('rejects $name', ({ row, field, message }) => {
    const result = parseKielReleaseInfo(`${HEADER}\n${row}\n`);
    expect(result.rows).toEqual([]);
    expect(result.problems[0]).toMatchObject({ line: 2, field });
    expect(wordKielMessage(result.problems[0]?.message ?? '')).toMatch(message);
  });

  it('label is optional, date is required', () => {
    expect(
      parseKielReleaseInfo('release,period,date\n28,12/2025,2026-02-10\n').rows[0]?.label,
    ).toBeNull();
    expect(parseKielReleaseInfo('release,period,label\n28,12/2025,x\n').missingRequired).toEqual([
      'date',
    ]);
  });
});
