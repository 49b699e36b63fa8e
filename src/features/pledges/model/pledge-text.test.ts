import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledgeDescription, pledgeStatusNote } from './pledge-text';

const bundled = JSON.parse(
  readFileSync(resolve(__dirname, '../../../../public/data/pledges.json'), 'utf8'),
) as {
  pledges: {
    id: string;
    statusNote?: string;
    statusNoteDe?: string;
    description: string;
    descriptionDe?: string;
  }[];
};

describe('pledgeStatusNote', () => {
  it('gives every bundled status note in German when German is chosen', () => {
    const noted = bundled.pledges.filter((p) => p.statusNote !== undefined);
    expect(noted.length).toBeGreaterThan(0);
    for (const pledge of noted) {
      const note = pledgeStatusNote(pledge, 'de');
      expect(note?.lang, pledge.id).toBe('de');
      expect(note?.text, pledge.id).not.toBe(pledge.statusNote);
    }
    expect(
      pledgeStatusNote({ statusNote: 'Allocated.', statusNoteDe: 'Zugewiesen.' }, 'de'),
    ).toEqual({
      text: 'Zugewiesen.',
      lang: 'de',
    });
  });

  it('keeps English in English, and marks an English original shown to a German reader', () => {
    expect(
      pledgeStatusNote({ statusNote: 'Allocated.', statusNoteDe: 'Zugewiesen.' }, 'en'),
    ).toEqual({
      text: 'Allocated.',
      lang: 'en',
    });
    expect(pledgeStatusNote({ statusNote: 'Allocated.' }, 'de')).toEqual({
      text: 'Allocated.',
      lang: 'en',
    });
    expect(pledgeStatusNote({}, 'de')).toBeNull();
  });
});

describe('pledgeDescription', () => {
  it('gives every bundled description in German when German is chosen', () => {
    for (const pledge of bundled.pledges) {
      const shown = pledgeDescription(pledge, 'de');
      expect(shown.lang, pledge.id).toBe('de');
      expect(shown.text, pledge.id).not.toBe(pledge.description);
      expect(pledgeDescription(pledge, 'en')).toEqual({ text: pledge.description, lang: 'en' });
    }
  });

  it('shows the English original, marked as English, when a row has no German', () => {
    expect(pledgeDescription({ description: 'Planned.' }, 'de')).toEqual({
      text: 'Planned.',
      lang: 'en',
    });
  });
});
