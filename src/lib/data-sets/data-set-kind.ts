/** The kinds of data set a user can import and select (src/features/import). */
export const dataSetKinds = ['kiel', 'pledges'] as const;
export type DataSetKind = (typeof dataSetKinds)[number];

/** The id of the data shipped with the app; never overwritten, never removed. */
export const BUNDLED_ID = 'bundled';
