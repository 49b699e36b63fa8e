// @vitest-environment node
import { freshnessText } from './freshness-text';

describe('freshnessText', () => {
  it('has the same keys and section names in English and German', () => {
    const en = freshnessText('en');
    const de = freshnessText('de');
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(de.sections).sort()).toEqual(Object.keys(en.sections).sort());
  });

  it('words the age in both languages', () => {
    expect(freshnessText('en').newest('21 Apr 2026', 'Pledges', freshnessText('en').age(230))).toBe(
      'Newest figure: 21 Apr 2026 (Pledges) — 230 days ago',
    );
    expect(
      freshnessText('de').newest('21. Apr. 2026', 'Zusagen', freshnessText('de').age(230)),
    ).toBe('Neueste Zahl: 21. Apr. 2026 (Zusagen) — vor 230 Tagen');
    expect(freshnessText('en').age(1)).toBe('1 day ago');
    expect(freshnessText('de').age(0)).toBe('heute');
  });
});
