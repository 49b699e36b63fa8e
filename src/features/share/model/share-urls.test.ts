// @vitest-environment node
import { embedUrl, iframeSnippet, readEmbed, shareUrl } from './share-urls';

describe('shareUrl', () => {
  it.each([
    [
      'https://a.example/?donors=POL~NOR&deck=x&slide=2&theme=dark#main',
      'https://a.example/?donors=POL~NOR',
    ],
    ['https://a.example/?page=financing&lang=de', 'https://a.example/?page=financing&lang=de'],
    ['https://a.example/', 'https://a.example/'],
    [
      'https://a.example/?embed=1&chart=kiel-monthly&from=2025-08',
      'https://a.example/?from=2025-08',
    ],
  ])('%s', (href, expected) => {
    expect(shareUrl(href)).toBe(expected);
  });
});

describe('embedUrl and iframeSnippet', () => {
  it('adds embed and chart to the view link', () => {
    expect(embedUrl('https://a.example/?donors=POL~NOR&slide=3', 'pledges-by-donor')).toBe(
      'https://a.example/?donors=POL~NOR&embed=1&chart=pledges-by-donor',
    );
  });
  it('escapes the attributes', () => {
    expect(iframeSnippet('https://a.example/?a=1&b="2"', 'Pledges <by> donor')).toBe(
      '<iframe src="https://a.example/?a=1&amp;b=&quot;2&quot;" title="Pledges &lt;by&gt; donor" width="800" height="500" style="border:0" loading="lazy"></iframe>',
    );
  });
  it.each([
    ['?embed=1&chart=kiel-monthly', { chart: 'kiel-monthly' }],
    ['?embed=1', { chart: '' }],
    ['?embed=0&chart=kiel-monthly', null],
    ['?chart=kiel-monthly', null],
  ])('readEmbed(%s)', (search, expected) => {
    expect(readEmbed(search)).toEqual(expected);
  });
});
