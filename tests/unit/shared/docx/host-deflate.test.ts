/**
 * Every process that writes documents deflates and checksums with Node's zlib
 * (electron/node/document-render.ts, `provideCodec`); shared/docx alone uses fflate and its own
 * CRC-32: the documents must read the same either way, part for part, checksums included.
 */
import JSZip from 'jszip';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { crc32, provideCodec } from '../../../../shared/docx/xml/package.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { STAKEHOLDER_TEMPLATES } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import { docxParts } from '../../../helpers/docx.ts';
import { COURIER_TEMPLATE } from './user-template.ts';

/** The parts of a package, with the time of writing taken out of core.xml. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const all = await docxParts(bytes);
  const core = all['docProps/core.xml'];
  if (core) all['docProps/core.xml'] = core.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '(time)');
  return all;
}

describe("the host's deflate", () => {
  it("writes the same parts as fflate's, for every template and a user's styles", async () => {
    const file = fixtureData();
    const docs = STAKEHOLDER_TEMPLATES.map((template) => {
      const reader = file.stakeholders.find((s) => s.preferences.template === template)!;
      return composeReport(file, reader.id, { today: FIXTURE_TODAY }).doc;
    });
    const cases = [
      ...docs.map((doc) => ({ doc, options: {} })),
      { doc: docs[0]!, options: { styles: COURIER_TEMPLATE } },
    ];
    const fflate = await Promise.all(cases.map(({ doc, options }) => renderDocx(doc, options)));
    let deflated = 0;
    let checked = 0;
    provideCodec(() => ({
      deflate: (data, level) => {
        deflated++;
        return deflateRawSync(data, { level });
      },
      crc32: (data) => {
        checked++;
        return zlibCrc32(data);
      },
    }));
    const zlib = await Promise.all(cases.map(({ doc, options }) => renderDocx(doc, options)));
    expect(deflated).toBeGreaterThan(0);
    expect(checked).toBe(deflated);
    for (const [i, bytes] of zlib.entries()) {
      expect(await parts(bytes)).toEqual(await parts(fflate[i]!));
      // Each part's recorded checksum is the one of its bytes (JSZip checks as it reads).
      await expect(JSZip.loadAsync(bytes, { checkCRC32: true })).resolves.toBeDefined();
    }
  });

  it('checksums as the JavaScript CRC-32 does (the window, and a Node without zlib.crc32)', () => {
    const samples = [new Uint8Array(), new TextEncoder().encode('123456789')];
    for (let n = 1; n < 5000; n *= 3)
      samples.push(Uint8Array.from({ length: n }, (_, i) => (i * 7919) & 0xff));
    for (const data of samples) expect(zlibCrc32(data)).toBe(crc32(data));
  });
});
