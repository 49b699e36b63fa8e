// A local ESLint rule: the layers of docs/architecture.md, enforced.
//
//   app (src/app, src/main.tsx) -> features (src/features/<name>) -> shared (src/components, src/lib)
//
// - Another feature is imported only through its public surface, `src/features/<name>/index.ts`.
// - Shared code (src/components, src/lib) imports no feature and not the app; a feature does not
//   import the app.
// - No cycle between features: if feature A imports feature B, nothing in B may lead back to A.
//   The feature graph is read from the import statements of every file under src/features (one
//   regular-expression scan per lint run), with the file being linted read from its current text.
import fs from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(?:ts|tsx|mts|js|mjs)$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g;

/** The specifiers a source text imports (static, dynamic, re-exports and vi.mock). */
export function importSpecifiers(text) {
  return [...text.matchAll(SPECIFIER)].map((match) => match[1]);
}

/** The absolute path a specifier names, or undefined for a package. */
export function resolveSpecifier(specifier, fromFile, srcDir) {
  if (specifier.startsWith('@/')) return path.join(srcDir, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(fromFile), specifier);
  return undefined;
}

/** Where a path sits: { layer: 'feature', feature, inner } | { layer: 'shared' | 'app' | 'other' }. */
export function locate(file, srcDir) {
  const relative = path.relative(srcDir, file).split(path.sep);
  if (relative[0] === '..' || path.isAbsolute(relative.join('/'))) return { layer: 'other' };
  if (relative[0] === 'features' && relative.length > 1) {
    const inner = relative.slice(2).join('/');
    return { layer: 'feature', feature: relative[1], inner };
  }
  if (relative[0] === 'components' || relative[0] === 'lib') return { layer: 'shared' };
  if (relative[0] === 'app' || relative[0] === 'main.tsx') return { layer: 'app' };
  return { layer: 'other' };
}

const PUBLIC = /^(?:index(?:\.tsx?)?)?$/;

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function featureTargets(text, file, ownFeature, srcDir) {
  const targets = new Set();
  for (const specifier of importSpecifiers(text)) {
    const target = resolveSpecifier(specifier, file, srcDir);
    if (!target) continue;
    const to = locate(target, srcDir);
    if (to.layer === 'feature' && to.feature !== ownFeature) targets.add(to.feature);
  }
  return targets;
}

/** srcDir -> (file -> { mtime, feature, targets }): each file is read again only when it changed. */
const scans = new Map();

/** feature -> the set of other features it imports, from every file under src/features. */
function featureGraph(srcDir, file, text) {
  if (!scans.has(srcDir)) scans.set(srcDir, new Map());
  const known = scans.get(srcDir);
  const seen = new Set();
  for (const each of listFiles(path.join(srcDir, 'features'))) {
    const from = locate(each, srcDir);
    if (from.layer !== 'feature') continue;
    seen.add(each);
    if (each === file) {
      known.set(each, {
        mtime: -1,
        feature: from.feature,
        targets: featureTargets(text, each, from.feature, srcDir),
      });
      continue;
    }
    const mtime = fs.statSync(each).mtimeMs;
    if (known.get(each)?.mtime === mtime) continue;
    const targets = featureTargets(fs.readFileSync(each, 'utf8'), each, from.feature, srcDir);
    known.set(each, { mtime, feature: from.feature, targets });
  }
  for (const each of known.keys()) if (!seen.has(each)) known.delete(each);
  const own = locate(file, srcDir);
  if (own.layer === 'feature' && !seen.has(file)) {
    known.set(file, {
      mtime: -1,
      feature: own.feature,
      targets: featureTargets(text, file, own.feature, srcDir),
    });
  }
  const graph = new Map();
  for (const { feature, targets } of known.values()) {
    if (!graph.has(feature)) graph.set(feature, new Set());
    for (const target of targets) graph.get(feature).add(target);
  }
  return graph;
}

/** A path of features from `start` to `goal` in the graph, or undefined. */
export function findPath(graph, start, goal) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === goal) {
      const route = [];
      for (let step = goal; step !== undefined; step = previous.get(step)) route.unshift(step);
      return route;
    }
    for (const next of graph.get(current) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Layers app -> features -> shared; features meet only through index.ts, without cycles.',
    },
    schema: [
      {
        type: 'object',
        properties: { srcDir: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      deepImport:
        "'{{specifier}}' reaches into feature '{{feature}}'. Import its public surface '@/features/{{feature}}' (index.ts), or move what several features share to src/lib or src/components.",
      sharedImportsFeature:
        "Shared code (src/components, src/lib) imports no feature: '{{specifier}}'. Pass it in from the app, or move it to the shared layer.",
      importsApp:
        "'{{specifier}}' imports the app; only src/app composes features, never the other way.",
      cycle:
        "Feature '{{from}}' imports '{{to}}', which leads back: {{route}}. Features must not import each other in a cycle.",
    },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0]?.srcDir ?? path.join(context.cwd, 'src'));
    const file = context.filename;
    const from = locate(file, srcDir);
    const reported = new Set();
    let graph;

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(specifier, file, srcDir);
      if (!target) return;
      const to = locate(target, srcDir);
      if (to.layer === 'app' && from.layer !== 'app' && from.layer !== 'other') {
        context.report({ node, messageId: 'importsApp', data: { specifier } });
      }
      if (to.layer !== 'feature') return;
      if (from.layer === 'shared') {
        context.report({ node, messageId: 'sharedImportsFeature', data: { specifier } });
        return;
      }
      if (from.layer === 'feature' && from.feature === to.feature) return;
      if (!PUBLIC.test(to.inner)) {
        context.report({ node, messageId: 'deepImport', data: { specifier, feature: to.feature } });
      }
      if (from.layer === 'feature' && !reported.has(to.feature)) {
        graph ??= featureGraph(srcDir, file, context.sourceCode.text);
        const route = findPath(graph, to.feature, from.feature);
        if (route) {
          reported.add(to.feature);
          context.report({
            node,
            messageId: 'cycle',
            data: {
              from: from.feature,
              to: to.feature,
              route: [from.feature, ...route].join(' -> '),
            },
          });
        }
      }
    }

    const literal = (node) => (node?.type === 'Literal' ? node.value : undefined);
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, literal(node.source)),
      CallExpression(node) {
        const callee = node.callee;
        const isViMock =
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'vi' &&
          callee.property.type === 'Identifier' &&
          (callee.property.name === 'mock' || callee.property.name === 'doMock');
        if (isViMock) check(node.arguments[0], literal(node.arguments[0]));
      },
    };
  },
};

export default { rules: { 'feature-boundaries': featureBoundaries } };
