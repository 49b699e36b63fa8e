// @vitest-environment node
import { setLocale } from '@/lib/i18n/locale';
import { dictionaryShape } from '@/lib/i18n/dictionary-leaves';
import { importLabels, importLabelsDe, importLabelsEn } from './import-labels';
import { importText, importTextDe, importTextEn } from './import-text';
import { userDataLabel } from './model/user-data-label';

/** Every text leaf (functions called with placeholder arguments), by path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : `«${i}»`));
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  return [];
}

describe('import text', () => {
  it('German translates every entry (no English left over)', () => {
    const de = new Map(leaves(importTextDe));
    const same = leaves(importTextEn).filter(([path, en]) => de.get(path) === en);
    expect(same).toEqual([]);
  });

  it.each([
    ['en', 'Your data: my.csv (imported 25 Nov 2026 14:02)'],
    ['de', 'Ihre Daten: my.csv (importiert am 25. Nov. 2026, 14:02 Uhr)'],
  ] as const)('labels user data in %s', (locale, expected) => {
    setLocale(locale);
    try {
      expect(
        userDataLabel({ fileName: 'my.csv', importedAt: '2026-11-25T13:02:00.000Z' }, 60),
      ).toBe(expected);
      expect(importText().dataButton).toBe(locale === 'de' ? 'Daten' : 'Data');
    } finally {
      setLocale('en');
    }
  });

  it('the first view’s labels have the same keys in both languages and are part of the panel text', () => {
    expect(dictionaryShape(importLabelsDe)).toEqual(dictionaryShape(importLabelsEn));
    for (const locale of ['en', 'de'] as const) {
      const labels = importLabels(locale);
      const full = importText(locale);
      for (const key of Object.keys(labels) as (keyof typeof labels)[])
        expect(full[key]).toBe(labels[key]);
    }
    expect(importLabels('de').dataButton).toBe('Daten');
  });
});

describe('the data-set buttons: the visible label is part of the accessible name (WCAG 2.5.3)', () => {
  it.each([
    ['en', importTextEn],
    ['de', importTextDe],
  ] as const)('%s', (_locale, text) => {
    const pairs: [string, string][] = [
      [text.use, text.useLabel('pledges.json')],
      [text.exportCsv, text.exportCsvLabel('pledges.json')],
      [text.exportJson, text.exportJsonLabel('pledges.json')],
      [text.remove, text.removeLabel('pledges.json')],
    ];
    for (const [visible, name] of pairs) {
      expect(name.toLowerCase(), `"${visible}"`).toContain(visible.toLowerCase());
    }
  });
});
