// Node cannot load the style sheets that components import. A maintainer script that reaches a
// feature's public index.ts (which also names the feature's components) loads them as empty
// modules: import this file first, then the rest with a dynamic import (see data-import.ts).
import { register } from 'node:module';

const hooks = `export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
