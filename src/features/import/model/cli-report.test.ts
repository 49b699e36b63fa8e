// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImport } from './analyse-import';
import { buildCliReport } from './cli-report';

const NOW = new Date('2026-11-25T13:02:00Z');
const run = (name: string) =>
  buildCliReport(
    analyseImport(readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8'), name, {
      now: NOW,
    }),
    [{ code: 'DEU', name: 'Germany', eurBn: 30 }],
    new Map([
      ['EUR', 1],
      ['USD', 0.9],
      ['NOK', 0.085],
    ]),
  );

describe('buildCliReport (npm run data:import)', () => {
  it('a rejected file: exit code 1, the reason, no totals', () => {
    const report = run('kiel-missing-military.csv');
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('Status: REJECTED');
    expect(report.text).toContain('Missing required column(s): military');
    expect(report.text).not.toContain('Totals by donor');
  });

  it('an accepted file: exit code 0, rejected rows, totals in EUR bn with two decimals', () => {
    const report = run('kiel-corrupt-rows.csv');
    expect(report.exitCode).toBe(0);
    expect(report.text).toContain('Rows accepted: 47');
    expect(report.text).toContain('row 7: military: must not be negative');
    expect(report.text).toMatch(/^ {2}DEU +\d+\.\d{2} {2}Germany$/m);
    expect(report.text).toMatch(/^ {2}DEU +30\.00 -> \d+\.\d{2} \(-\d+\.\d{2}\)$/m);
  });

  it('malformed JSON: exit code 1 with the parser message', () => {
    const report = run('pledges-malformed.json');
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('not valid JSON');
  });
});
