import type { ESLint, Rule } from 'eslint';

export const featureBoundaries: Rule.RuleModule;
export function importSpecifiers(text: string): string[];
export function resolveSpecifier(
  specifier: string,
  fromFile: string,
  srcDir: string,
): string | undefined;
export function locate(
  file: string,
  srcDir: string,
): { layer: 'feature'; feature: string; inner: string } | { layer: 'shared' | 'app' | 'other' };
export function findPath(
  graph: ReadonlyMap<string, ReadonlySet<string>>,
  start: string,
  goal: string,
): string[] | undefined;
declare const plugin: ESLint.Plugin;
export default plugin;
