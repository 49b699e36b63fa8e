// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contrastRatio } from '@/lib/colour-vision';

/** The custom properties of one rule in theme.css (":root", "[data-theme='dark']", …). */
function tokens(selector: string): Record<string, string> {
  const css = readFileSync(path.resolve(__dirname, 'theme.css'), 'utf8');
  const start = css.indexOf(`${selector} {`);
  expect(start, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  const values: Record<string, string> = {};
  for (const match of body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)) {
    values[match[1] ?? ''] = match[2] ?? '';
  }
  return values;
}

describe('status tag colours (decision timeline) in every theme', () => {
  const light = tokens(':root');
  const themes = {
    light,
    dark: { ...light, ...tokens("[data-theme='dark']") },
    projector: { ...light, ...tokens("[data-theme='projector']") },
  };
  it.each(Object.entries(themes))('%s: tag text has 4.5:1 on the surface', (_theme, values) => {
    const surface = values['--color-surface'] ?? '';
    for (const token of ['--color-tag-adopted', '--color-tag-blocked']) {
      expect(contrastRatio(values[token] ?? '#ffffff', surface), token).toBeGreaterThanOrEqual(4.5);
    }
  });
});
