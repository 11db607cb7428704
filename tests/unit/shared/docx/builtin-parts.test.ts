/**
 * Our style sets ship ready-made (shared/docx/xml/builtin-parts.generated.ts) so that a report
 * never loads docx; they must stay what docx, as installed, packs for the skeleton document. A docx
 * or fflate upgrade, or an edit to shared/docx/styles.ts, fails here until the module is generated
 * again.
 */
import { inflateSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLE_SETS } from '../../../../shared/docx/xml/builtin-parts.generated.ts';
import { builtinStyleSetParts } from '../../../../shared/docx/xml/parts.ts';
import { buildStyleSetParts } from '../../../../shared/docx/xml/skeleton.ts';

const RUN = 'shared/docx/xml/builtin-parts.generated.ts is out of date: run `npm run gen:docx-parts`';

describe('the generated parts of our style sets', () => {
  for (const fit of [undefined, 'one-page'] as const) {
    it(`are what docx packs now (${fit ?? 'normal'} sizes)`, async () => {
      const built = await buildStyleSetParts({ fit, styles: undefined });
      const shipped = builtinStyleSetParts(fit);
      expect(
        shipped.entries.map((e) => e.name),
        RUN,
      ).toEqual(built.entries.map((e) => e.name));
      built.entries.forEach((e, i) => {
        expect(shipped.entries[i]?.constant, `${RUN} (${e.name})`).toEqual(e.constant);
      });
      const { entries: _s, ...shippedOpenings } = shipped;
      const { entries: _b, ...builtOpenings } = built;
      expect(shippedOpenings, RUN).toEqual(builtOpenings);
    });

    it(`carry the text they deflate, for review (${fit ?? 'normal'} sizes)`, () => {
      for (const { name, constant } of BUILTIN_STYLE_SETS[fit ?? 'normal'].entries) {
        if (!constant) continue;
        const bytes = inflateSync(Uint8Array.from(atob(constant.deflated), (c) => c.charCodeAt(0)));
        expect(strFromU8(bytes), `${RUN} (${name})`).toBe(constant.text);
        expect(bytes.length, name).toBe(constant.size);
      }
    });
  }
});
