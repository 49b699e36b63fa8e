import type { Pledge } from '@/features/pledges';
import { pledgesToCsv } from './export-data';

/** Two example rows an analyst replaces: a country contribution and a joint package share. */
export const TEMPLATE_PLEDGES: Pledge[] = [
  {
    id: 'U001',
    donors: ['DEU'],
    kind: 'contribution',
    label: 'Germany: air defence package',
    instrument: 'bilateral-military',
    category: 'military',
    amount: 500000000,
    currency: 'EUR',
    qualifier: 'exact',
    announced: '2026-03-15',
    status: 'pledged',
    description: 'Replace with your own description.',
    sources: [
      {
        title: 'Federal Ministry of Defence: press release',
        url: 'https://www.bmvg.de/en',
        date: '2026-03-15',
        reliability: 'official',
      },
    ],
  },
  {
    id: 'U002',
    donors: ['NOR'],
    kind: 'contribution',
    label: 'Norway: PURL contribution',
    instrument: 'purl',
    category: 'military',
    amount: 1500000000,
    currency: 'NOK',
    qualifier: 'about',
    announced: '2026-02',
    status: 'committed',
    description: 'Replace with your own description.',
    sources: [
      {
        title: 'Government of Norway: press release',
        url: 'https://www.regjeringen.no/en',
        date: '2026-02',
        reliability: 'official',
      },
    ],
  },
];

export function pledgeTemplateJson(): string {
  const file = {
    dataset: {
      title: 'My pledge list',
      asOf: '2026-03-15',
      compiledFrom: 'Describe where the figures come from',
      notes: ['Amounts in the original currency; one row per pledge.'],
    },
    pledges: TEMPLATE_PLEDGES,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function pledgeTemplateCsv(): string {
  return pledgesToCsv(TEMPLATE_PLEDGES);
}
