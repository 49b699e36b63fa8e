// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { germanByEnglish, missingGerman, unusedGerman } from './german-by-english';

const table = { 'Planned for 2026.': 'Für 2026 geplant.' };

describe('germanByEnglish', () => {
  it('gives the German of a known English text and null for any other', () => {
    expect(germanByEnglish(table, 'Planned for 2026.')).toBe('Für 2026 geplant.');
    expect(germanByEnglish(table, 'Planned for 2027.')).toBeNull();
    // Only the table's own keys count: not what every object inherits.
    expect(germanByEnglish(table, 'toString')).toBeNull();
  });

  it('lists the texts without German once each, and the entries no text uses', () => {
    const texts = ['Planned for 2027.', 'Planned for 2026.', 'Planned for 2027.'];
    expect(missingGerman(table, texts)).toEqual(['Planned for 2027.']);
    expect(unusedGerman(table, texts)).toEqual([]);
    expect(unusedGerman(table, ['Planned for 2027.'])).toEqual(['Planned for 2026.']);
  });
});
