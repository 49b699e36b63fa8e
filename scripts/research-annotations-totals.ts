import type { PurlStatementAnnotation } from './research-annotation-types';

/**
 * Decisions for purl_running_totals.csv, keyed by `date statement_type` (unique in the file).
 * Mechanical rules applied by the build: `who_stated` -> who; "USD per month" -> currency USD,
 * per "month"; the source's date is the statement date. Only the reliability is judgement.
 */
export const PURL_TOTALS_ANNOTATIONS: Record<string, PurlStatementAnnotation> = {
  '2025-08-29 cumulative_pledged': { reliability: 'media' }, // Kyiv Independent
  '2025-09-02 delivered_value': { reliability: 'media' }, // aNews
  '2025-09 cumulative_pledged': { reliability: 'media' }, // Online.ua
  '2025-10-15 new_pledges_at_meeting': { reliability: 'media' }, // Interfax-Ukraine
  '2025-11-13 cumulative_pledged': { reliability: 'media' }, // Antiwar.com
  '2025-12-03 cumulative_pledged': { reliability: 'wire' }, // Devdiscourse's Reuters text
  '2025-12-03 target': { reliability: 'wire' }, // Epoch Times' AFP text
  '2025-12-31 cumulative_pledged': { reliability: 'media' }, // RBC-Ukraine quoting Zelensky
  '2026-01-02 cumulative_pledged': { reliability: 'media' }, // natoaktual.cz citing TVP World
  '2026-02-10 cumulative_pledged': { reliability: 'wire' }, // UNN citing Reuters
  '2026-02-10 cumulative_2025': { reliability: 'wire' }, // Caliber.az citing Politico
};
