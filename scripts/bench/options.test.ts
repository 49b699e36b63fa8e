// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './options.mjs';

describe('parseBenchArgs', () => {
  it.each([
    { argv: [], runs: 5, slowRuns: 10, changes: 6, quick: false },
    { argv: ['--quick'], runs: 2, slowRuns: 4, changes: 3, quick: true },
    { argv: ['--quick', '--runs', '4'], runs: 4, slowRuns: 4, changes: 3, quick: true },
    { argv: ['--changes', '9', '--quick'], runs: 2, slowRuns: 4, changes: 9, quick: true },
    { argv: ['--runs', '7'], runs: 7, slowRuns: 10, changes: 6, quick: false },
    { argv: ['--quick', '--slow-runs', '12'], runs: 2, slowRuns: 12, changes: 3, quick: true },
  ])(
    '$argv -> runs $runs, slow runs $slowRuns, changes $changes',
    ({ argv, runs, slowRuns, changes, quick }) => {
      expect(parseBenchArgs(argv)).toMatchObject({ runs, slowRuns, changes, quick });
    },
  );

  it('reads the switches and the path', () => {
    expect(
      parseBenchArgs(['--no-build', '--no-profile', '--strict', '--path', '/?donors=POL']),
    ).toEqual({
      quick: false,
      runs: 5,
      slowRuns: 10,
      changes: 6,
      build: false,
      appPath: '/?donors=POL',
      profile: false,
      profileRows: null,
      strict: true,
      help: false,
    });
  });

  it.each([
    { argv: ['--profile-rows', 'real'], expected: 'real' },
    { argv: ['--profile-rows', '10000'], expected: 10_000 },
    { argv: [], expected: null },
  ])('--profile-rows: $argv -> $expected', ({ argv, expected }) => {
    expect(parseBenchArgs(argv).profileRows).toBe(expected);
  });

  it.each([
    { argv: ['--profile-rows', 'all'], message: '--profile-rows needs a positive integer' },
    { argv: ['--runs', '0'], message: '--runs needs a positive integer, got "0"' },
    { argv: ['--runs'], message: '--runs needs a positive integer, got ""' },
    { argv: ['--changes', '2.5'], message: '--changes needs a positive integer, got "2.5"' },
    { argv: ['--path', 'donors=POL'], message: '--path needs a path starting with /' },
    { argv: ['--fast'], message: 'unknown argument --fast' },
  ])('rejects $argv', ({ argv, message }) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
