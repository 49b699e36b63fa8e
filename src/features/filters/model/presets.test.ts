// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EU27_CODES, G7_CODES, NORDIC_BALTIC_8 } from '@/lib/donors';
import { activePreset, presetDonors, type PresetId } from './presets';

const PURL = ['NLD', 'DNK', 'NOR', 'SWE', 'DEU', 'CAN'];

describe('presetDonors', () => {
  it.each<[PresetId, readonly string[], string[]]>([
    ['all', PURL, []],
    ['eu27', PURL, [...EU27_CODES]],
    ['nordic-baltic-8', PURL, [...NORDIC_BALTIC_8]],
    ['g7', PURL, [...G7_CODES]],
    ['purl', PURL, PURL],
    ['purl', ['nld', 'NLD', 'XXX', 'DNK'], ['NLD', 'DNK']],
    ['purl', [], []],
  ])('%s with %j', (preset, purl, expected) => {
    expect(presetDonors(preset, purl)).toEqual(expected);
  });

  it('EU-27 has 27 members', () => {
    expect(presetDonors('eu27', [])).toHaveLength(27);
  });
});

describe('activePreset', () => {
  it.each<[string, string[], readonly string[], PresetId | null]>([
    ['nothing selected', [], PURL, 'all'],
    ['EU-27', [...EU27_CODES], PURL, 'eu27'],
    ['EU-27 in another order', [...EU27_CODES].reverse(), PURL, 'eu27'],
    ['EU-27 less one', EU27_CODES.slice(1), PURL, null],
    ['Nordic-Baltic', [...NORDIC_BALTIC_8], PURL, 'nordic-baltic-8'],
    ['G7', [...G7_CODES], PURL, 'g7'],
    ['PURL contributors', [...PURL].reverse(), PURL, 'purl'],
    ['PURL not loaded', [], [], 'all'],
    ['a single donor', ['POL'], PURL, null],
    ['G7 plus one', [...G7_CODES, 'POL'], PURL, null],
  ])('%s', (_name, donors, purl, expected) => {
    expect(activePreset(donors, purl)).toBe(expected);
  });
});
