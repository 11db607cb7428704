/**
 * The folder boundaries hold for globals too: ESLint's own API lints a snippet as if it lived in
 * each folder, with the project's eslint.config.js. Type-aware rules are switched off for these
 * virtual files (they are not on disk for the type checker); the boundary rules need no types.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked }],
});

/** The rule ids ESLint reports for `code` placed at `filePath`. */
async function rulesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('no-restricted-globals per folder', () => {
  it('refuses process.env in shared/', async () => {
    const found = await rulesFor('export const home = process.env.HOME;\n', 'shared/domain/probe.ts');
    expect(found.some((m) => m.startsWith('no-restricted-globals') && m.includes('process'))).toBe(true);
  });

  it('refuses Buffer in renderer/', async () => {
    const found = await rulesFor("export const b = Buffer.from('x');\n", 'renderer/src/ui/probe.ts');
    expect(found.some((m) => m.startsWith('no-restricted-globals') && m.includes('Buffer'))).toBe(true);
  });

  it('refuses require in renderer/ and shared/', async () => {
    for (const path of ['renderer/src/app/probe.ts', 'shared/csv/probe.ts']) {
      const found = await rulesFor("export const fs: unknown = require('fs');\n", path);
      expect(
        found.some((m) => m.startsWith('no-restricted-globals') && m.includes('require')),
        path,
      ).toBe(true);
    }
  });

  it('refuses window and document in shared/ and electron/', async () => {
    for (const path of ['shared/reports/probe.ts', 'electron/node/probe.ts', 'electron/main/probe.ts']) {
      const found = await rulesFor('export const t = document.title + String(window.length);\n', path);
      const restricted = found.filter((m) => m.startsWith('no-restricted-globals'));
      expect(restricted, path).toHaveLength(2);
    }
  });

  it('lets each folder use what it has: the DOM in renderer/, process in electron/', async () => {
    expect(await rulesFor('export const t = document.title;\n', 'renderer/src/ui/probe.ts')).toEqual([]);
    expect(await rulesFor('export const h = process.env.HOME;\n', 'electron/node/probe.ts')).toEqual([]);
  });
});
