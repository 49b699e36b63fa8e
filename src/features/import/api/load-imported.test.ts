// @vitest-environment node
import { setLocale } from '@/lib/i18n/locale';
import { describeLoadError } from '@/components/load-state';
import { createMemoryStore } from '../storage/memory-store';
import { setDataSetStore } from '../storage/store-instance';
import { loadImportedKiel, MissingDataSetError } from './load-imported';

afterEach(() => {
  setLocale('en');
  setDataSetStore(null);
});

describe('a data set no longer stored', () => {
  it('fails with an error worded in the language in use when shown, not when thrown', async () => {
    setDataSetStore(createMemoryStore());
    const error: unknown = await loadImportedKiel('imp-gone-0001').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(MissingDataSetError);
    if (!(error instanceof Error)) throw new Error('expected an Error');
    expect(describeLoadError(error)).toMatch(/^Your Kiel tracker data set is no longer stored/);
    setLocale('de');
    expect(describeLoadError(error)).toMatch(/^Ihr Kiel-Tracker-Datensatz ist in diesem Browser/);
    expect(describeLoadError(error)).not.toMatch(/\b(your|stored|the)\b/i);
  });
});
