/**
 * Regenerates the import fixtures in tests/fixtures/import/ from the Kiel release-29 files in
 * ../shared and from public/data/pledges.json (maintainers only):
 *
 *   npx tsx scripts/build-import-fixtures.ts
 *
 * Every fixture is small (a few donors, 2025 onwards) and each shows one case the importer must
 * handle; src/features/import/model/fixtures.test.ts checks what each one shows.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pledgesToCsv } from '@/features/import/model/export-data';
import type { Pledge } from '@/features/pledges/api/pledge-schema';

const root = process.cwd();
const kielSource = resolve(root, '../shared/data/kiel-ust-r29/data_explorer.csv');
const pledgeSource = resolve(root, 'public/data/pledges.json');
const outDir = resolve(root, 'tests/fixtures/import');

const DONORS = new Set(['DEU', 'POL', 'NOR', 'EU']);
const FROM_YEAR = 2025;

/** Split a line of the release file (quoted text, unquoted numbers; no embedded commas). */
const cellsOf = (line: string) => line.split(',');
const unquote = (cell: string) => cell.replace(/^"|"$/g, '');

const lines = readFileSync(kielSource, 'utf8').split(/\r?\n/).filter(Boolean);
const [headerLine, ...dataLines] = lines;
if (!headerLine) throw new Error(`${kielSource} is empty`);
const header = cellsOf(headerLine).map(unquote);
const col = (name: string) => {
  const index = header.indexOf(name);
  if (index === -1) throw new Error(`column ${name} not in ${kielSource}`);
  return index;
};
const subset = dataLines
  .map(cellsOf)
  .filter(
    (cells) =>
      DONORS.has(unquote(cells[col('iso')] ?? '')) && Number(cells[col('year')]) >= FROM_YEAR,
  );

const toText = (rows: string[][], sep = ',') => rows.map((r) => r.join(sep)).join('\n') + '\n';
const withHeader = (rows: string[][]) => [cellsOf(headerLine), ...rows];
const dropColumns = (rows: string[][], names: string[]) => {
  const drop = new Set(names.map(col));
  return rows.map((row) => row.filter((_, i) => !drop.has(i)));
};
const setCell = (row: string[] | undefined, name: string, value: string) => {
  if (!row) throw new Error('subset too small');
  const copy = [...row];
  copy[col(name)] = value;
  return copy;
};

const files: Record<string, string> = {};
const full = withHeader(subset);
files['kiel-r29-subset.csv'] = toText(full);
files['kiel-no-commitments.csv'] = toText(dropColumns(full, ['commitments', 'to_be_allocated']));
files['kiel-missing-military.csv'] = toText(dropColumns(full, ['military']));
files['kiel-reordered.csv'] = toText(full.map((row) => [...row].reverse()));
const corrupt = [...subset];
corrupt[2] = setCell(subset[2], 'total', '"abc"');
corrupt[5] = setCell(subset[5], 'military', '-0.5');
corrupt[8] = setCell(subset[8], 'month', '13');
files['kiel-corrupt-rows.csv'] = toText(withHeader(corrupt));
const atlantis = [...(subset[0] ?? [])];
atlantis[col('country')] = '"Atlantis"';
atlantis[col('iso')] = '"ATL"';
files['kiel-unknown-country.csv'] = toText(withHeader([...subset, atlantis]));
// German spreadsheet export: ";" separator and decimal commas.
files['kiel-semicolon.csv'] = toText(
  full.map((row, i) => (i === 0 ? row : row.map((cell) => cell.replace('.', ',')))),
  ';',
);
files['kiel-bom.csv'] = `\ufeff${toText(full)}`;

// Pledges: the rows whose links (shareOf, spans, includedIn) stay inside the subset.
const pledgeFile = JSON.parse(readFileSync(pledgeSource, 'utf8')) as {
  dataset: unknown;
  pledges: Pledge[];
};
const wanted = pledgeFile.pledges.filter((p) =>
  p.donors.some((code) => code === 'DEU' || code === 'NOR' || code === 'POL'),
);
const ids = new Set(wanted.map((p) => p.id));
const closed = wanted.filter(
  (p) =>
    (!p.shareOf || ids.has(p.shareOf)) &&
    (!p.includedIn || ids.has(p.includedIn)) &&
    (p.spans ?? []).every((id) => ids.has(id)),
);
const pledgeSubset = { dataset: pledgeFile.dataset, pledges: closed };
files['pledges-subset.json'] = `${JSON.stringify(pledgeSubset, null, 2)}\n`;
files['pledges-subset.csv'] = pledgesToCsv(closed);
const badRows = pledgesToCsv(closed.slice(0, 4))
  .split('\r\n')
  .map((line, i) => {
    if (i === 2) return line.replace(/,EUR,|,USD,|,NOK,/, ',XYZ,');
    if (i === 3) return line.replace(/,(\d+),(EUR|USD|NOK),/, ',-$1,$2,');
    return line;
  })
  .join('\r\n');
files['pledges-bad-rows.csv'] = badRows;
files['pledges-malformed.json'] = files['pledges-subset.json'].slice(0, 400);
// "Add three pledges": three lines the bundled data does not have, and one (P008, amount
// corrected) whose id it has, for the add-or-replace choice and its preview.
const template = pledgeFile.pledges.find((p) => p.id === 'P008');
if (!template) throw new Error('pledges.json has no P008');
const added = (id: string, donor: string, amount: number): Pledge => ({
  ...template,
  id,
  donors: [donor],
  label: `Test pledge ${id} (${donor})`,
  amount,
  description: `Test line ${id}: not a real pledge.`,
});
files['pledges-add-three.csv'] = pledgesToCsv([
  added('U901', 'POL', 100_000_000),
  added('U902', 'ITA', 200_000_000),
  added('U903', 'SWE', 300_000_000),
  { ...template, amount: 120_000_000 },
]);
// "Our country's share of a bundled PURL package": Finland's share of P013 (the Nordic-Baltic
// package, bundled), a line that only resolves when added to the bundled data.
const shareTemplate = pledgeFile.pledges.find((p) => p.id === 'P010');
if (shareTemplate?.shareOf !== 'P013') throw new Error('pledges.json: P010 is no share of P013');
files['pledges-share-of-bundled.csv'] = pledgesToCsv([
  {
    ...shareTemplate,
    id: 'U911',
    donors: ['FIN'],
    label: 'Test pledge U911 (FIN share of P013)',
    amount: 90_000_000,
    description: 'Test line U911: not a real pledge.',
  },
]);

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), text);
  console.log(`${name}: ${text.length} characters`);
}
