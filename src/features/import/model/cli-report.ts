import type { RateTable } from '@/features/pledges';
import { compareTotals, grandTotal, payloadTotals, type DonorTotal } from './donor-totals';
import { isUsable, type ImportAnalysis, type ImportIssue } from './import-types';

export interface CliReport {
  text: string;
  /** 0: usable; 1: refused. */
  exitCode: 0 | 1;
}

const bn = (value: number) => value.toFixed(2);
const MAX_LISTED = 50;

function issueLine(issue: ImportIssue): string {
  const where =
    issue.row === null
      ? (issue.label ?? 'file')
      : `row ${issue.row}${issue.label ? ` (${issue.label})` : ''}`;
  return `  ${where}: ${issue.reason}`;
}

function listed(title: string, issues: readonly ImportIssue[]): string[] {
  if (issues.length === 0) return [];
  const more = issues.length - MAX_LISTED;
  return [
    `${title} (${issues.length}):`,
    ...issues.slice(0, MAX_LISTED).map(issueLine),
    ...(more > 0 ? [`  ... and ${more} more`] : []),
  ];
}

/**
 * The maintainer's report for `npm run data:import`: the validation report, then the totals by
 * donor in EUR bn (two decimals) with the change against the bundled data. Pure: no file access.
 */
export function buildCliReport(
  analysis: ImportAnalysis,
  bundled: readonly DonorTotal[],
  rates: RateTable,
): CliReport {
  const lines = [
    `File: ${analysis.fileName}`,
    `Kind: ${analysis.kind === 'kiel' ? 'Kiel data_explorer.csv' : 'pledge list'} (${analysis.format.toUpperCase()})${analysis.release ? `, release ${analysis.release}` : ''}`,
  ];
  if (!isUsable(analysis)) {
    lines.push('Status: REJECTED', ...analysis.fatal.map((message) => `  ${message}`));
    lines.push(...listed('Rejected rows', analysis.rejected));
    return { text: `${lines.join('\n')}\n`, exitCode: 1 };
  }
  lines.push(
    'Status: accepted',
    `Rows accepted: ${analysis.accepted}`,
    `Rows rejected: ${analysis.rejected.length}`,
    `Warnings: ${analysis.warnings.length}`,
    ...analysis.notes.map((note) => `Note: ${note}`),
    ...listed('Rejected rows', analysis.rejected),
    ...listed('Warnings', analysis.warnings),
  );
  const totals = payloadTotals(analysis.payload, rates).sort(
    (a, b) => b.eurBn - a.eurBn || a.code.localeCompare(b.code),
  );
  const unit = analysis.kind === 'kiel' ? 'allocations, all months' : 'counted, at reference rates';
  lines.push('', `Totals by donor, EUR bn (${unit}):`);
  const width = Math.max(8, ...totals.map((t) => t.code.length));
  for (const total of totals)
    lines.push(`  ${total.code.padEnd(width)} ${bn(total.eurBn).padStart(9)}  ${total.name}`);
  lines.push(`  ${'ALL'.padEnd(width)} ${bn(grandTotal(totals)).padStart(9)}`);
  const changes = compareTotals(bundled, totals);
  lines.push(
    '',
    `Against the bundled data (${bn(grandTotal(bundled))} in all): ${changes.length} donor total(s) change`,
  );
  for (const change of changes) {
    lines.push(
      `  ${change.code.padEnd(width)} ${change.before === null ? '        –' : bn(change.before).padStart(9)} -> ${change.after === null ? '–' : bn(change.after)} (${change.change >= 0 ? '+' : ''}${bn(change.change)})`,
    );
  }
  return { text: `${lines.join('\n')}\n`, exitCode: 0 };
}
