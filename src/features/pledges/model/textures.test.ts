// @vitest-environment node
import { categoryValues, instrumentValues } from '../api/pledge-schema';
import { SPLIT_COLOURS, SPLIT_TEXTURES } from './labels';

describe('a second cue beside colour for every split', () => {
  it.each([
    ['instrument', instrumentValues],
    ['category', categoryValues],
  ] as const)('each %s has a colour and a texture no other shares', (_split, keys) => {
    const textures = keys.map((key) => SPLIT_TEXTURES[key]);
    expect(textures.every((texture) => texture !== undefined)).toBe(true);
    expect(new Set(textures).size).toBe(keys.length);
    expect(keys.every((key) => SPLIT_COLOURS[key] !== undefined)).toBe(true);
  });
});
