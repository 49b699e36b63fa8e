/**
 * A deliberately small CSV reader for tests, as a spreadsheet reads a file: split on the given
 * separator, honour double quotes, no type guessing. Independent of the product's parser.
 */
export function readCsvCells(text: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Cells a spreadsheet could run as a formula (leading spaces allowed; plain numbers are not). */
export function formulaCells(rows: string[][]): string[] {
  return rows
    .flat()
    .filter(
      (cell) => /^\s*[=+\-@\t\r]/.test(cell) && !/^\s*-?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i.test(cell),
    );
}
