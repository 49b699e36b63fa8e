// @vitest-environment node
import { dictionaryShape, untranslated } from '@/lib/i18n/dictionary-leaves';
import { setLocale } from '@/lib/i18n/locale';
import { THEMES } from '@/lib/theme/themes';
import { themeLabels, themeLabelsDe, themeLabelsEn } from './theme-labels';

describe('theme labels', () => {
  it('German has the English keys, translated, and every theme has a name', () => {
    expect(dictionaryShape(themeLabelsDe)).toEqual(dictionaryShape(themeLabelsEn));
    expect(untranslated(themeLabelsEn, themeLabelsDe)).toEqual([]);
    expect(Object.keys(themeLabelsDe.themeNames).sort()).toEqual([...THEMES].sort());
  });

  it('follow the current language', () => {
    setLocale('de');
    try {
      expect(themeLabels().themeLabel).toBe('Darstellung');
    } finally {
      setLocale('en');
    }
    expect(themeLabels().themeLabel).toBe('Theme');
  });
});
