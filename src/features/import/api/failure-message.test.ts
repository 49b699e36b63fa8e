// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { WordedError } from '@/lib/worded-error';
import { importText } from '../import-text';
import { StorageUnavailableError } from '../storage/storage-error';
import { failureMessage } from './use-import-flow';

describe('failureMessage: a failure kept in the panel reads in the language in use', () => {
  afterEach(() => setLocale('en'));

  it('a failed keep, made in English, reads in German after a switch', () => {
    const state = {
      step: 'failed',
      fileName: 'x.csv',
      during: 'keep',
      error: new StorageUnavailableError('full'),
    } as const;
    expect(failureMessage(state)).toBe(
      'Could not keep the data in this browser (nothing was changed): This browser’s storage for this site is full, so the data set cannot be kept.',
    );
    setLocale('de');
    const german = failureMessage(state);
    expect(german).toMatch(/^Die Daten konnten in diesem Browser nicht gespeichert werden/);
    expect(german).toContain('Der Speicher dieses Browsers für diese Seite ist voll');
    expect(german).not.toMatch(/\b(Could|browser|storage|kept)\b/);
  });

  it('a file too large, refused in English, reads in German after a switch', () => {
    const error = new WordedError(() => importText().tooLarge('big.csv', '60', '50'));
    const state = { step: 'failed', fileName: 'big.csv', during: 'check', error } as const;
    expect(failureMessage(state)).toBe(
      'big.csv is 60 MB; files up to 50 MB can be imported. Nothing was changed.',
    );
    setLocale('de');
    expect(failureMessage(state)).toBe(
      'big.csv ist 60 MB groß; importiert werden können Dateien bis 50 MB. Nichts wurde geändert.',
    );
  });
});
