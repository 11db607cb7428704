import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments } from '../../../../electron/node/documents.ts';
import { readWordStyles } from '../../../../electron/node/word-template.ts';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import { libreOfficeFailures, pythonDocxFailures } from '../../../helpers/office.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-template-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A company template: a real .docx whose Title style is Georgia, dark red, under a name we can find. */
async function companyTemplate(name: string): Promise<string> {
  const base = await renderDocx(composeReport(fixtureData(), 's-ceo', { today: FIXTURE_TODAY }).doc);
  const parts = unzipSync(base);
  const styles = strFromU8(parts['word/styles.xml']!).replace(
    '</w:styles>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="7A1F1F"/><w:sz w:val="60"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="AcmeHouse"><w:name w:val="Acme House Style"/></w:style></w:styles>',
  );
  parts['word/styles.xml'] = strToU8(styles);
  const path = join(dir, name);
  await writeFile(path, zipSync(parts));
  return path;
}

describe('a user’s Word template', () => {
  it('gives its styles to the documents written, which still open everywhere', async () => {
    const template = await companyTemplate('acme.dotx');
    const styles = await readWordStyles(template);
    const { written } = await writeDocuments(fixtureData(), [{ kind: 'report', stakeholderId: 's-cfo' }], {
      today: FIXTURE_TODAY,
      outDir: join(dir, 'out'),
      styles,
    });
    const path = written[0]!.path;
    const out = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/styles.xml']!);
    expect(out).toContain('Acme House Style');
    expect(out).toContain('7A1F1F');
    expect(pythonDocxFailures([path])).toEqual([]);
    expect(libreOfficeFailures([path])).toEqual([]);
  });

  it('refuses files that are not Word templates, naming them', async () => {
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'hello');
    await expect(readWordStyles(text)).rejects.toThrow(
      'notes.txt is not a Word document or template (.docx or .dotx).',
    );
    const fake = join(dir, 'fake.docx');
    await writeFile(fake, 'not a zip');
    await expect(readWordStyles(fake)).rejects.toThrow(
      'fake.docx is not a valid Word file (it does not unzip).',
    );
    const empty = join(dir, 'empty.docx');
    await writeFile(empty, zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    await expect(readWordStyles(empty)).rejects.toThrow(
      'empty.docx has no styles (word/styles.xml is missing).',
    );
  });
});
