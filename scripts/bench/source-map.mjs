// Which source module each line of a bundle came from (for the CPU profile): a small reader of
// source map v3 "mappings", no dependency. Pure apart from locateInDist(), which reads the maps.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64].map((char, index) => [char, index]));

/** Decode one segment's base64 VLQ fields ("AAgBC" -> [0, 0, 16, 1]). */
export function decodeVlqSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUES.get(char);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For each generated line (0-based), the index into `sources` of its first mapped segment, or
 * null for a line without one. Source indexes are relative across the whole mappings string.
 */
export function lineSourceIndexes(mappings) {
  const result = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    let first = null;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlqSegment(segment);
      if (fields.length >= 4) {
        source += fields[1];
        if (first === null) first = source;
      }
    }
    result.push(first);
  }
  return result;
}

/**
 * A readable module name for a source path relative to the project: the package for anything in
 * node_modules ("react-dom", "@tanstack/query-core"), else the path itself ("src/lib/format.ts").
 */
export function moduleName(relativePath) {
  const normalised = relativePath.split(path.sep).join('/');
  const marker = '/node_modules/';
  const at = `/${normalised}`.lastIndexOf(marker);
  if (at === -1) return normalised;
  const [first = '', second = ''] = `/${normalised}`.slice(at + marker.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/**
 * A locate(callFrame) function for summariseProfile: the module each profiled line came from,
 * read from the .map files next to the bundle's scripts in `distRoot` (built with --sourcemap).
 * Frames from scripts without a map, or outside the bundle, locate to null.
 */
export async function locateInDist(distRoot, projectRoot) {
  const assets = path.join(distRoot, 'assets');
  const byScript = new Map();
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js.map')) continue;
    const map = JSON.parse(await readFile(path.join(assets, file), 'utf8'));
    const modules = (map.sources ?? []).map((source) =>
      moduleName(path.relative(projectRoot, path.resolve(assets, map.sourceRoot ?? '', source))),
    );
    byScript.set(file.slice(0, -'.map'.length), {
      lines: lineSourceIndexes(map.mappings),
      modules,
    });
  }
  return (callFrame) => {
    if (!callFrame.url) return null;
    const script = callFrame.url.split(/[?#]/, 1)[0]?.split('/').pop() ?? '';
    const entry = byScript.get(script);
    const index = entry?.lines[callFrame.lineNumber];
    return index === undefined || index === null ? null : (entry?.modules[index] ?? null);
  };
}
