/**
 * Every process that writes documents deflates with Node's zlib (electron/node/document-render.ts,
 * `provideDeflate`); shared/docx alone uses fflate: the documents must read the same either way,
 * part for part.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { provideDeflate } from '../../../../shared/docx/xml/package.ts';
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
    let calls = 0;
    provideDeflate(() => (data) => {
      calls++;
      return deflateRawSync(data, { level: 6 });
    });
    const zlib = await Promise.all(cases.map(({ doc, options }) => renderDocx(doc, options)));
    expect(calls).toBeGreaterThan(0);
    for (const [i, bytes] of zlib.entries()) {
      expect(await parts(bytes)).toEqual(await parts(fflate[i]!));
    }
  });
});
