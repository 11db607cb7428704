/** The milestone dependency graph: cycles, and walking upstream through `dependsOn`. */

interface Node {
  id: string;
  dependsOn: readonly string[];
}

/**
 * Every dependency cycle among the milestones, each as the ids in order, starting from the
 * smallest id so the same cycle is always named the same way. Unknown ids are ignored.
 */
export function findMilestoneCycles(nodes: readonly Node[]): string[][] {
  const edges = new Map(nodes.map((n) => [n.id, n.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles = new Map<string, string[]>();

  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next) || next === id) continue; // a self-reference is reported on its own
      const s = state.get(next);
      if (s === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        const rotated = rotateToSmallest(cycle);
        cycles.set(rotated.join('\u0000'), rotated);
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  return [...cycles.values()];
}

function rotateToSmallest(cycle: string[]): string[] {
  let min = 0;
  cycle.forEach((id, i) => {
    if (id < (cycle[min] ?? '')) min = i;
  });
  return [...cycle.slice(min), ...cycle.slice(0, min)];
}

/** True when adding `from` depends on `to` would close a cycle. */
export function wouldCreateCycle(nodes: readonly Node[], from: string, to: string): boolean {
  if (from === to) return true;
  const edges = new Map(nodes.map((n) => [n.id, n.dependsOn]));
  const seen = new Set<string>();
  const pending = [to];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (id === from) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(edges.get(id) ?? []));
  }
  return false;
}
