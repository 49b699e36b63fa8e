/** The CLI's "what changed since the last release" text (English, EUR bn with three decimals). */
import type { KielReleaseRef } from '@/features/kiel/release/kiel-release-types';
import type { KielReleaseDiff } from '@/features/kiel/release/release-diff';

/** Revised months listed per row (the rest are counted). */
const MONTHS_SHOWN = 4;

const bn = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;

export function formatKielDiff(
  diff: KielReleaseDiff,
  previous: Pick<KielReleaseRef, 'release' | 'period'>,
  next: Pick<KielReleaseRef, 'release' | 'period'>,
  maxRows = 40,
): string {
  const lines = [
    `What changed since release ${previous.release} (${previous.period}) in release ${next.release} (${next.period}), EUR bn:`,
    `  data months: to ${diff.previousLastMonth ?? '(none)'} before, to ${diff.nextLastMonth ?? '(none)'} now; new months: ${diff.newMonths.join(', ') || 'none'}`,
  ];
  if (diff.newDonors.length > 0)
    lines.push(`  donors new in this release: ${diff.newDonors.join(', ')}`);
  if (diff.droppedDonors.length > 0)
    lines.push(`  donors no longer in this release: ${diff.droppedDonors.join(', ')}`);
  for (const [type, total] of Object.entries(diff.totals)) {
    lines.push(
      `  all donors, ${type}: new months ${bn(total.added)}, revisions of earlier months ${bn(total.revised)}`,
    );
  }
  if (diff.rows.length === 0) {
    lines.push('  no donor changed.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('', '  donor  type          new months   revisions   revised months');
  for (const row of diff.rows.slice(0, maxRows)) {
    const shown = row.revisions
      .slice(0, MONTHS_SHOWN)
      .map((r) => `${r.period} ${r.old.toFixed(3)}->${r.new.toFixed(3)}`);
    const more = row.revisions.length - MONTHS_SHOWN;
    const months = [...shown, ...(more > 0 ? [`${more} more`] : [])].join('; ');
    lines.push(
      `  ${row.iso.padEnd(6)} ${row.type.padEnd(13)} ${bn(row.added).padStart(10)}  ${bn(row.revised).padStart(10)}   ${months || '-'}`,
    );
  }
  if (diff.rows.length > maxRows) lines.push(`  … and ${diff.rows.length - maxRows} more rows`);
  return `${lines.join('\n')}\n`;
}
