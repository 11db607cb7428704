import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/domain/dates.ts';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport, type ComposedReport } from '../../../../shared/reports/compose.ts';
import { docText } from '../../../../shared/reports/model.ts';
import { renderHtml } from '../../../../shared/reports/render-html.ts';
import { renderText } from '../../../../shared/reports/render-text.ts';
import { STAKEHOLDER_TEMPLATES } from '../../../../shared/schema/program.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { docxParts, xmlProblems } from '../../../helpers/docx.ts';
import { INTERNAL_MARK, NOTE_MARK, programFile } from './arbitrary-program.ts';

describe('any valid program, any reader, every template (property)', () => {
  it('composes and renders to a well-formed Word document without anyone’s notes', async () => {
    await fc.assert(
      // Every run composes all five kinds and renders one of them (rendering is the slow part).
      fc.asyncProperty(
        programFile,
        fc.nat(400),
        fc.nat(10),
        fc.nat(4),
        async (file, offset, who, rendered) => {
          const valid = validateProgramFile(JSON.parse(JSON.stringify(file)));
          expect(valid.ok ? [] : valid.problems).toEqual([]);
          const today = addDays('2026-06-01', offset);
          const reader = file.stakeholders[who % file.stakeholders.length]!;
          const composed: ComposedReport[] = [
            ...STAKEHOLDER_TEMPLATES.map((template) => composeReport(file, reader.id, { today, template })),
            composeChecklist(file, 'mt0', { today }),
          ];
          for (const { doc, snapshot } of composed) {
            expect(docText(doc)).not.toContain(NOTE_MARK);
            expect(renderHtml(doc)).not.toContain(NOTE_MARK);
            expect(renderText(doc)).not.toContain(NOTE_MARK);
            expect(JSON.stringify(snapshot)).not.toContain(NOTE_MARK);
          }
          const { doc } = composed[rendered]!;
          const parts = await docxParts(await renderDocx(doc));
          for (const [path, xml] of Object.entries(parts)) {
            expect(xmlProblems(xml), `${doc.template} ${path}`).toEqual([]);
            expect(xml).not.toContain(NOTE_MARK);
          }
          if (reader.external === true) {
            for (const { doc, snapshot } of composed.slice(0, 4)) {
              expect(docText(doc)).not.toContain(INTERNAL_MARK);
              expect(JSON.stringify(snapshot)).not.toContain(INTERNAL_MARK);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
