// @vitest-environment node
import { dictionaryShape, untranslated } from '@/lib/i18n/dictionary-leaves';
import { setLocale } from '@/lib/i18n/locale';
import { briefingLabels, briefingLabelsDe, briefingLabelsEn } from './briefing-labels';
import { briefingText } from './briefing-text';

describe('briefing labels of the first view', () => {
  it('German has the English keys, translated', () => {
    expect(dictionaryShape(briefingLabelsDe)).toEqual(dictionaryShape(briefingLabelsEn));
    expect(untranslated(briefingLabelsEn, briefingLabelsDe)).toEqual([]);
  });

  it('are the same text the deck and export code read', () => {
    for (const locale of ['en', 'de'] as const) {
      const labels = briefingLabels(locale);
      const full = briefingText(locale);
      for (const key of Object.keys(labels) as (keyof typeof labels)[])
        expect(full[key]).toBe(labels[key]);
    }
  });

  it('follow the current language', () => {
    setLocale('de');
    try {
      expect(briefingLabels().present).toBe('Präsentieren');
    } finally {
      setLocale('en');
    }
    expect(briefingLabels().present).toBe('Present');
  });
});
