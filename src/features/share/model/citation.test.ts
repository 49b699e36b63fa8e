// @vitest-environment node
import { formatCitation, type CitationParts } from './citation';

const parts: CitationParts = {
  title: 'Aid to Ukraine: who pledged what',
  filters: 'Donors: Poland, Norway and Germany',
  release: 'project research file (pledges.json)',
  asOf: '21 Apr 2026',
  accessed: '2026-12-07',
  url: 'https://example.org/?donors=POL~NOR~DEU',
};

describe('formatCitation', () => {
  it('English: title, filters, data release, as-of date, link and access date', () => {
    expect(formatCitation(parts, 'en')).toBe(
      'Aid to Ukraine: who pledged what. Filters: Donors: Poland, Norway and Germany. Data: project research file (pledges.json), as of 21 Apr 2026. https://example.org/?donors=POL~NOR~DEU (accessed 2026-12-07).',
    );
  });
  it('German wording around the same parts', () => {
    const german = formatCitation({ ...parts, filters: 'Geber: Polen' }, 'de');
    expect(german).toContain('Filter: Geber: Polen.');
    expect(german).toContain('Stand 21 Apr 2026.');
    expect(german).toContain('(abgerufen am 2026-12-07).');
  });
});
