/**
 * The folders of shared/ import each other in one direction only: a cycle (reports importing docx
 * importing reports) would make every change ripple both ways. Read from the source, so a new
 * import that closes a cycle fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The top folder of shared/ a file lives in ("reports" for shared/reports/sections/risks.ts). */
const folderOf = (path: string): string => relative(SHARED, path).split('/')[0] ?? '';

/**
 * Folder -> the folders its files import at run time. Type-only imports are left out: they are
 * erased from the build (domain's rules read the schema's types, the schema uses domain's dates).
 */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(SHARED)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of readFileSync(file, 'utf8').matchAll(
      /^(import|export)( type)?[^'"]*from\s+'(\.[^']+)'/gm,
    )) {
      if (m[2]) continue;
      const to = folderOf(resolve(dirname(file), m[3] ?? ''));
      if (to !== from && !to.startsWith('..')) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle, each as the folders in order. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'visiting');
    stack.push(n);
    for (const next of graph.get(n) ?? []) {
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe('shared/ folders', () => {
  const graph = folderGraph();

  it('import each other without a cycle', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('keep docx and reports apart: both read the neutral render/ folder, which reads only the schema', () => {
    expect([...(graph.get('reports') ?? [])]).not.toContain('docx');
    expect([...(graph.get('render') ?? [])]).toEqual([]);
  });

  it('keep the meeting rules below the documents: shared/meetings never imports shared/reports', () => {
    const reaching = sources(join(SHARED, 'meetings')).filter((f) =>
      /^(import|export)[^'"]*from\s+'\.\.\/reports\//m.test(readFileSync(f, 'utf8')),
    );
    expect(reaching.map((f) => relative(SHARED, f))).toEqual([]);
    expect([...(graph.get('reports') ?? [])]).toContain('meetings');
  });

  it('keep the reader’s view neutral: shared/view reads only the domain rules and the schema', () => {
    expect([...(graph.get('view') ?? [])].sort()).toEqual(['domain']);
  });

  it('keep the meeting checklist out of the documents’ sections', () => {
    const reaching = sources(join(SHARED, 'meetings')).filter((f) =>
      /from '\.\.\/reports\/sections\//.test(readFileSync(f, 'utf8')),
    );
    expect(reaching.map((f) => relative(SHARED, f))).toEqual([]);
  });
});
