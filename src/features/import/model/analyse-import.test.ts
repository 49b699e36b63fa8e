// @vitest-environment node
import { afterEach } from 'vitest';
import { getLocale, setLocale } from '@/lib/i18n/locale';
import { analyseImport } from './analyse-import';
import { detectKind, releaseFromFileName } from './detect-kind';
import { pledgeTemplateCsv, pledgeTemplateJson } from './pledge-template';

const NOW = new Date('2026-11-25T13:02:00Z');
const KIEL_HEADER = 'country,iso,year,month,total,financial,humanitarian,military\n';

describe('detectKind', () => {
  it.each([
    ['{"pledges": []}', 'x.txt', 'json', 'pledges'],
    ['\ufeff[ ]', 'x', 'json', 'pledges'],
    [KIEL_HEADER, 'a.csv', 'csv', 'kiel'],
    ['"ISO";"Total";"Military"\n', 'a.csv', 'csv', 'kiel'],
    ['id,donors,amount\n', 'a.csv', 'csv', 'pledges'],
    ['a,b,c\n', 'a.csv', 'csv', null],
  ] as const)('%j (%s) -> %s %s', (text, name, format, kind) => {
    expect(detectKind(text, name)).toEqual({ format, kind });
  });
});

describe('releaseFromFileName', () => {
  it.each([
    ['kiel-ust-r30/data_explorer.csv', '30'],
    ['release_31.csv', '31'],
    ['Release 9 data.csv', '9'],
    ['data_explorer.csv', null],
    ['report2024.csv', null],
  ])('%s -> %s', (name, release) => expect(releaseFromFileName(name)).toBe(release));
});

describe('analyseImport', () => {
  it('the kind chosen by hand wins over the detection', () => {
    const result = analyseImport(KIEL_HEADER + 'Germany,DEU,2025,1,1,0,0,1\n', 'x.csv', {
      kind: 'pledges',
      now: NOW,
    });
    expect(result.kind).toBe('pledges');
    expect(result.detectedKind).toBe('kiel');
    expect(result.fatal[0]).toContain('Missing required column(s): id, donors');
  });

  it('an unrecognised file is refused with a message saying what was expected', () => {
    const result = analyseImport('a,b\n1,2\n', 'x.csv', { now: NOW });
    expect(result.payload).toBeNull();
    expect(result.fatal[0]).toContain('Not recognised');
  });

  it('a Kiel file whose rows are all bad is refused; a header only is refused', () => {
    expect(
      analyseImport(KIEL_HEADER + 'Germany,DEU,2025,13,1,0,0,1\n', 'x.csv', { now: NOW }).fatal[0],
    ).toContain('None of its 1 data rows');
    expect(analyseImport(KIEL_HEADER, 'x.csv', { now: NOW }).fatal[0]).toContain('no data rows');
  });

  it('a truncated Kiel file is refused', () => {
    const text = KIEL_HEADER + 'Germany,DEU,2025,1,1,0,0,1\nGermany,DEU,2025,2,1';
    expect(analyseImport(text, 'x.csv', { now: NOW }).fatal[0]).toContain('middle of a row');
  });

  it('the release comes from the user, else from the file name', () => {
    const text = KIEL_HEADER + 'Germany,DEU,2025,1,1,0,0,1\n';
    expect(analyseImport(text, 'kiel-r30.csv', { now: NOW }).release).toBe('30');
    expect(analyseImport(text, 'kiel-r30.csv', { now: NOW, release: '31' }).release).toBe('31');
  });

  it('JSON that is not a pledge file is refused with a clear message', () => {
    expect(analyseImport('{"a": 1}', 'x.json', { now: NOW }).fatal[0]).toContain(
      '"dataset" and "pledges"',
    );
    expect(analyseImport('{"a": ', 'x.json', { now: NOW }).fatal[0]).toContain('not valid JSON');
  });

  it('a bare JSON list of pledges gets a header from the file name and the latest date', () => {
    const list = JSON.stringify(
      (JSON.parse(pledgeTemplateJson()) as { pledges: unknown[] }).pledges,
    );
    const result = analyseImport(list, 'mine.json', { now: NOW });
    expect(result.accepted).toBe(2);
    if (result.payload?.kind !== 'pledges') throw new Error('not pledges');
    expect(result.payload.data.dataset.dataset.title).toBe('Your data: mine.json');
    expect(result.payload.data.dataset.dataset.asOf).toBe('2026-03-15');
  });

  it('a pledge in a currency without a reference rate is kept and warned about by name (no silent zero)', () => {
    const data = JSON.parse(pledgeTemplateJson()) as { pledges: { currency: string }[] };
    const first = data.pledges[0];
    if (!first) throw new Error('empty template');
    first.currency = 'SEK';
    const result = analyseImport(JSON.stringify(data), 'sek.json', {
      now: NOW,
      ratedCurrencies: ['EUR', 'USD', 'NOK'],
    });
    expect(result.accepted).toBe(2);
    expect(result.warnings.map((w) => w.reason)).toEqual([
      'SEK has no reference rate in fx-rates.json: the line is kept, shown as not converted, and not counted in any total',
    ]);
    // With the bundled rates every accepted currency, SEK included, has a rate: no warning.
    const bundled = analyseImport(JSON.stringify(data), 'sek.json', {
      now: NOW,
      ratedCurrencies: ['EUR', 'USD', 'NOK', 'DKK', 'GBP', 'CAD', 'AUD', 'NZD', 'JPY', 'SEK'],
    });
    expect(bundled.warnings).toEqual([]);
  });

  it.each([
    ['pledge-template.csv', pledgeTemplateCsv()],
    ['pledge-template.json', pledgeTemplateJson()],
  ])('the downloadable template %s imports without a problem', (name, text) => {
    const result = analyseImport(text, name, { now: NOW });
    expect(result.fatal).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.accepted).toBe(2);
  });

  it('a pledge CSV with ";" and decimal commas is read', () => {
    const text = pledgeTemplateCsv().replaceAll(',', ';').replace('500000000', '500000000,5');
    const result = analyseImport(text, 'de.csv', { now: NOW });
    expect(result.accepted).toBe(2);
    if (result.payload?.kind !== 'pledges') throw new Error('not pledges');
    expect(result.payload.data.dataset.pledges[0]?.amount).toBe(500000000.5);
  });
});

describe('analyseImport in German', () => {
  afterEach(() => setLocale('en'));

  it.each([
    ['not recognised', 'a,b,c\n1,2,3\n', 'x.csv', /^Nicht erkannt: weder eine Kiel-Datei/],
    ['Kiel as JSON', '[]', 'x.json', /^Eine Datei des Kiel-Trackers muss die CSV-Datei/],
    ['missing columns', 'id,donors\nP1,DEU\n', 'x.csv', /^Pflichtspalte\(n\) fehlen: /],
    ['not JSON', '{"pledges": [', 'x.json', /^Die Datei ist kein gültiges JSON: /],
    [
      'no data rows',
      KIEL_HEADER,
      'x.csv',
      /^Die Datei hat eine Kopfzeile, aber keine Datenzeilen\.$/,
    ],
  ])('refuses: %s', (_name, text, fileName, expected) => {
    setLocale('de');
    const kind = _name === 'Kiel as JSON' ? 'kiel' : undefined;
    expect(analyseImport(text, fileName, { now: NOW, kind }).fatal[0]).toMatch(expected);
  });

  it('words rejected rows, warnings and notes of a Kiel file in German', () => {
    setLocale('de');
    const text = `\ufeff${KIEL_HEADER}Germany,DEU,2025,13,1,0,0,1\nGermany,DEU,2025,1,1,0,0,1\nAtlantis,ATL,2025,1,1,0,0,1\n`;
    const result = analyseImport(text, 'x.csv', { now: NOW });
    expect(result.rejected).toEqual([
      {
        row: 2,
        label: null,
        reason: 'month: erwartet: eine ganze Zahl von 1 bis 12, gefunden: „13“',
      },
    ]);
    expect(result.warnings.map((w) => w.reason)).toEqual([
      'Geberkürzel ATL („Atlantis“) steht nicht in der Geberliste des Dashboards: Seine 1 Zeile(n) werden übernommen und unter dem Namen aus der Datei gezeigt',
    ]);
    expect(result.notes[0]).toBe('UTF-8-Byte-Order-Mark am Anfang: entfernt.');
    expect(result.notes[1]).toMatch(/^Optionale Spalte\(n\) nicht in diesem Release: commitments/);
  });

  it('words rejected pledge rows in German', () => {
    setLocale('de');
    const csv = pledgeTemplateCsv().replace(/\n([^\n]*)\n?$/, '\n$1\nP999,DEU\n');
    const result = analyseImport(csv, 'x.csv', { now: NOW });
    expect(result.rejected.at(-1)?.reason).toMatch(/^erwartet: \d+ Zellen, gefunden: 2$/);
  });

  it('a worker passes the page language: the report is German, the module locale is kept', () => {
    const result = analyseImport('a,b,c\n', 'x.csv', { now: NOW, locale: 'de' });
    expect(result.fatal[0]).toMatch(/^Nicht erkannt/);
    expect(getLocale()).toBe('en');
    expect(analyseImport('a,b,c\n', 'x.csv', { now: NOW }).fatal[0]).toMatch(/^Not recognised/);
  });
});
