// @vitest-environment node
import { formatImportedAt, userDataLabel } from './user-data-label';

describe('userDataLabel', () => {
  it.each([
    ['2026-11-25T13:02:00.000Z', 60, 'Your data: my.csv (imported 25 Nov 2026 14:02)'],
    ['2026-01-05T23:59:00.000Z', 0, 'Your data: my.csv (imported 5 Jan 2026 23:59)'],
  ])('%s at UTC%+i', (iso, offset, expected) => {
    expect(userDataLabel({ fileName: 'my.csv', importedAt: iso }, offset)).toBe(expected);
  });
  it('keeps an unreadable date as it is', () => expect(formatImportedAt('soon')).toBe('soon'));
});
