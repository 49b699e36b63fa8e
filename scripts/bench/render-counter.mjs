// In-page count of React commits and of the components rendered in them (installed with
// addInitScript, before React loads). React (production builds too) reports every commit to
// `window.__REACT_DEVTOOLS_GLOBAL_HOOK__.onCommitFiberRoot`; this minimal hook counts commits and
// walks what each commit changed, the way React DevTools decides which fibers rendered:
//   - a fiber with no previous version (no `alternate` reached from the previous tree) mounted:
//     it and every component below it rendered;
//   - a fiber reached through changed child pointers was processed in this commit: it rendered
//     if React flagged it PerformedWork (flag 1); a bail-out (memo, same props and no state
//     change) clears that flag;
//   - a subtree whose first child is the same object as in the previous tree was not visited by
//     React at all, so it is not walked.
// Components are function, class, forwardRef and simple memo fibers (tags 0, 1, 11, 15); a memo
// with a compare function (tag 14) is counted through the component fiber inside it.
// Written as a plain function so that it can be serialised into the page: no imports, no closures.

export function installRenderCounter() {
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const PERFORMED_WORK = 1;
  const counts = { commits: 0, components: 0, byName: new Map(), perCommit: [], commitAt: [] };
  let firstInCommit = null;
  const nameOf = (fiber) => {
    const type = fiber.type;
    if (!type) return '?';
    if (typeof type === 'function') return type.displayName || type.name || 'anonymous';
    if (type.render) return type.render.displayName || type.render.name || 'forwardRef';
    return type.displayName || type.name || 'anonymous';
  };
  const rendered = (fiber) => {
    counts.components += 1;
    const name = nameOf(fiber);
    firstInCommit ??= name;
    counts.byName.set(name, (counts.byName.get(name) ?? 0) + 1);
  };
  const mount = (fiber) => {
    // Iterative walk of a new subtree: every component in it rendered.
    const stack = [fiber];
    while (stack.length > 0) {
      const node = stack.pop();
      if (COMPONENT_TAGS.has(node.tag)) rendered(node);
      for (let child = node.child; child; child = child.sibling) stack.push(child);
    }
  };
  const update = (next, prev) => {
    const stack = [[next, prev]];
    while (stack.length > 0) {
      const [fiber, previous] = stack.pop();
      if (COMPONENT_TAGS.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK) {
        rendered(fiber);
      }
      if (fiber.child === previous.child) continue;
      for (let child = fiber.child; child; child = child.sibling) {
        if (child.alternate) stack.push([child, child.alternate]);
        else mount(child);
      }
    }
  };
  let nextRendererId = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(internals) {
      const id = nextRendererId;
      nextRendererId += 1;
      this.renderers.set(id, internals);
      return id;
    },
    onCommitFiberRoot(_rendererId, root) {
      counts.commits += 1;
      const componentsBefore = counts.components;
      firstInCommit = null;
      try {
        const current = root.current;
        const previous = current.alternate;
        if (!previous || previous.child === null) mount(current);
        else update(current, previous);
      } catch {
        // A change in React's internals: commits are still counted.
      }
      // Per commit: the first component that rendered in it and how many did (last 50 commits).
      counts.perCommit.push(`${firstInCommit ?? '-'}:${counts.components - componentsBefore}`);
      counts.commitAt.push(performance.now());
      if (counts.perCommit.length > 50) counts.perCommit.shift();
      if (counts.commitAt.length > 50) counts.commitAt.shift();
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  window.__benchRenders = {
    /** Commits and components rendered so far, and the components by name. */
    read() {
      return {
        commits: counts.commits,
        components: counts.components,
        byName: Object.fromEntries(counts.byName),
        perCommit: [...counts.perCommit],
        commitAt: [...counts.commitAt],
      };
    },
  };
}

/** The init-script source that installs the counter. */
export function renderCounterScript() {
  return `(${installRenderCounter.toString()})();`;
}

/** What happened between two `read()`s: commits, components, and the most rendered names. */
export function renderDelta(before, after, top = 12) {
  const names = Object.entries(after.byName)
    .map(([name, count]) => [name, count - (before.byName[name] ?? 0)])
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  const commits = after.commits - before.commits;
  return {
    commits,
    perCommit: (after.perCommit ?? []).slice(-commits || (after.perCommit ?? []).length),
    /** When each of those commits ended, in ms after the first of them. */
    commitOffsetsMs: offsets((after.commitAt ?? []).slice(-commits || (after.commitAt ?? []).length)),
    components: after.components - before.components,
    topComponents: Object.fromEntries(names),
  };
}

const offsets = (times) => times.map((time) => Math.round(time - (times[0] ?? time)));
