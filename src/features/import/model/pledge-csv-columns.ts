/**
 * The pledge CSV format for analysts (documented in docs/data-import.md): one pledge per row, one
 * source per row (the JSON format allows several sources and conflicting values).
 * Column name -> field of the pledge schema. Lists (donors, spans) are separated by `~`.
 */
export const PLEDGE_CSV_REQUIRED = [
  'id',
  'donors',
  'label',
  'instrument',
  'category',
  'amount',
  'currency',
  'status',
  'source_title',
  'source_url',
] as const;

export const PLEDGE_CSV_OPTIONAL = [
  'kind',
  'qualifier',
  'announced',
  'status_note',
  'status_note_de',
  'share_of',
  'spans',
  'included_in',
  'description',
  'description_de',
  'source_date',
  'source_reliability',
] as const;

export type PledgeCsvColumn =
  (typeof PLEDGE_CSV_REQUIRED)[number] | (typeof PLEDGE_CSV_OPTIONAL)[number];

/** Every column in the order the template and the CSV export use. */
export const PLEDGE_CSV_COLUMNS: readonly PledgeCsvColumn[] = [
  'id',
  'donors',
  'kind',
  'label',
  'instrument',
  'category',
  'amount',
  'currency',
  'qualifier',
  'announced',
  'status',
  'status_note',
  'status_note_de',
  'share_of',
  'spans',
  'included_in',
  'description',
  'description_de',
  'source_title',
  'source_url',
  'source_date',
  'source_reliability',
];

/** Separator inside a list cell ("DNK~NOR~SWE"), as in the dashboard's URLs. */
export const LIST_SEPARATOR = '~';
