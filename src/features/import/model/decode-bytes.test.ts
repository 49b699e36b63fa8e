// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImportBytes } from './analyse-import';
import { decodeImportBytes } from './decode-bytes';

const NOW = new Date('2026-11-25T13:02:00Z');
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');
/** The pledge fixture with one accented label, as text. */
const pledgeText = () =>
  fixture('pledges-subset.csv').replace(
    "Norway's share of the DK/NO/SE package",
    'Österreich: Beitrag für Minenräumung',
  );

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return be;
}

describe('decodeImportBytes', () => {
  it('reads UTF-8 with no warning, accents intact', () => {
    const decoded = decodeImportBytes(Buffer.from('a,b\nÖsterreich,1\n', 'utf8'));
    expect(decoded).toEqual({ text: 'a,b\nÖsterreich,1\n', encoding: 'utf-8', warning: null });
  });

  it('reads a Windows-1252 file as such, with a warning naming words to check', () => {
    // "€" is 0x80 in Windows-1252 (not in Latin-1).
    const bytes = Buffer.concat([
      Buffer.from('a,b\nÖsterreich,1\n', 'latin1'),
      Uint8Array.from([0x80]),
      Buffer.from(' 5,2\n', 'latin1'),
    ]);
    const decoded = decodeImportBytes(bytes);
    if (decoded.text === null) throw new Error('refused');
    expect(decoded.text).toBe('a,b\nÖsterreich,1\n€ 5,2\n');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warning).toMatch(/not UTF-8.*Windows-1252.*"Österreich"/);
  });

  it.each([
    ['le', true, 'UTF-16 LE'],
    ['be', true, 'UTF-16 BE'],
    ['le', false, 'UTF-16 LE'],
    ['be', false, 'UTF-16 BE'],
  ] as const)('refuses UTF-16 %s (byte-order mark: %s), naming %s', (order, bom, name) => {
    const decoded = decodeImportBytes(utf16('id,donors,label\nU1,DEU,Österreich\n', order, bom));
    expect(decoded.text).toBeNull();
    if (decoded.text === null) expect(decoded.refusal).toContain(`in ${name}, not UTF-8`);
  });

  it('refuses a binary file (zero bytes) as not text', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const decoded = decodeImportBytes(zip);
    expect(decoded.text).toBeNull();
    if (decoded.text === null) expect(decoded.refusal).toMatch(/not text/);
  });
});

describe('analyseImportBytes', () => {
  it('a Windows-1252 pledge file: rows read correctly, one visible whole-file warning', () => {
    const analysis = analyseImportBytes(Buffer.from(pledgeText(), 'latin1'), 'p.csv', {
      now: NOW,
    });
    const utf8 = analyseImportBytes(Buffer.from(pledgeText(), 'utf8'), 'p.csv', { now: NOW });
    expect(analysis.accepted).toBe(utf8.accepted);
    expect(analysis.warnings[0]).toMatchObject({ row: null, label: null });
    expect(analysis.warnings[0]?.reason).toMatch(/Windows-1252.*"Österreich"/);
    expect(analysis.warnings.slice(1)).toEqual(utf8.warnings);
    expect(utf8.warnings.some((w) => /Windows-1252/.test(w.reason))).toBe(false);
    if (analysis.payload?.kind !== 'pledges') throw new Error('not pledges');
    expect(analysis.payload.data.dataset.pledges.map((p) => p.label)).toContain(
      'Österreich: Beitrag für Minenräumung',
    );
  });

  it('a UTF-16 file is refused naming the encoding, in German too', () => {
    const bytes = utf16(pledgeText(), 'le', true);
    expect(analyseImportBytes(bytes, 'p.csv', { now: NOW }).fatal).toEqual([
      expect.stringContaining('UTF-16 LE'),
    ]);
    expect(analyseImportBytes(bytes, 'p.csv', { now: NOW, locale: 'de' }).fatal[0]).toMatch(
      /in UTF-16 LE gespeichert/,
    );
  });
});
