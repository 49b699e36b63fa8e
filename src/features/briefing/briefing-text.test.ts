// @vitest-environment node
import { BRIEFING_TEXT, briefingText } from './briefing-text';
import { setLocale } from '@/lib/i18n/locale';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'Ab' : `«${i}»`));
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  return [];
}

describe('briefing text', () => {
  it('German financing slides and labels are translated (no English fallback)', () => {
    const de = new Map(leaves(briefingText('de')));
    const en = leaves(briefingText('en')).filter(
      ([path]) => path.startsWith('.financing.') || path === '.legend' || path === '.loadingChart',
    );
    expect(en.length).toBeGreaterThan(40);
    expect(en.filter(([path, text]) => de.get(path) === text)).toEqual([]);
  });

  it('BRIEFING_TEXT follows the current language', () => {
    setLocale('de');
    try {
      expect(BRIEFING_TEXT.financing.needLegend).toBe('Bedarf');
      expect(BRIEFING_TEXT.legend).toBe('Legende');
    } finally {
      setLocale('en');
    }
    expect(BRIEFING_TEXT.financing.needLegend).toBe('Need');
  });
});
