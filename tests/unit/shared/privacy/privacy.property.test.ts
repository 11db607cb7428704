/**
 * Privacy, over random programs and every template, in every output a reader gets (the Word
 * document, the email body, the chat text): no stakeholder's private notes ever; for an external
 * reader nothing internal and no budget figure. Positive controls show the same checks do see a
 * token, and a budget figure, where they are meant to be shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { docText, type ReportDoc } from '../../../../shared/reports/model.ts';
import { renderHtml } from '../../../../shared/reports/render-html.ts';
import { renderText } from '../../../../shared/reports/render-text.ts';
import { STAKEHOLDER_TEMPLATES } from '../../../../shared/schema/program.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { docxParts, wordText } from '../../../helpers/docx.ts';
import { privateCase } from './private-program.ts';

/** Every form a reader gets a document in, as text to search: Word XML (raw and as its text runs), HTML, plain text. */
async function outputs(doc: ReportDoc, withDocx: boolean): Promise<Record<string, string>> {
  const out: Record<string, string> = { model: docText(doc), html: renderHtml(doc), text: renderText(doc) };
  if (withDocx)
    for (const [part, xml] of Object.entries(await docxParts(await renderDocx(doc)))) {
      out[`docx ${part}`] = xml;
      out[`docx ${part} text`] = wordText(xml);
    }
  return out;
}

/** Which of `secrets` appear in which output; empty when none does. */
function leaks(outs: Record<string, string>, secrets: string[]): string[] {
  return Object.entries(outs).flatMap(([where, text]) =>
    secrets.filter((s) => text.includes(s)).map((s) => `${s} in ${where}`),
  );
}

const seen = { internalForInsider: 0, runs: 0 };

describe('privacy over random programs and every template (property)', () => {
  it('never shows notes; shows an external reader nothing internal and no budget', async () => {
    await fc.assert(
      fc.asyncProperty(privateCase, async (c) => {
        seen.runs++;
        const valid = validateProgramFile(JSON.parse(JSON.stringify(c.file)));
        expect(valid.ok ? [] : valid.problems).toEqual([]);
        const { file, today } = c;

        for (const template of STAKEHOLDER_TEMPLATES) {
          const outsider = await outputs(composeReport(file, c.outsiderId, { today, template }).doc, true);
          expect(leaks(outsider, c.noteTokens), `notes, outsider, ${template}`).toEqual([]);
          expect(leaks(outsider, c.internalTokens), `internal, outsider, ${template}`).toEqual([]);
          expect(leaks(outsider, c.budgetFigures), `budget, outsider, ${template}`).toEqual([]);

          const insider = await outputs(
            composeReport(file, c.insiderId, { today, template }).doc,
            template === 'status-update',
          );
          expect(leaks(insider, c.noteTokens), `notes, insider, ${template}`).toEqual([]);
          if (leaks(insider, c.internalTokens).length > 0) seen.internalForInsider++;
          // Positive control: the insider's brief shows the budget, in the form searched for.
          if (template === 'executive-brief')
            expect(leaks(insider, c.budgetFigures).length, 'budget control').toBeGreaterThan(0);
        }

        const checklist = await outputs(composeChecklist(file, 'mt0', { today }).doc, true);
        expect(leaks(checklist, c.noteTokens), 'notes, checklist').toEqual([]);

        // Positive control: a note token put where every document shows it is found in every output.
        const shown = structuredClone(file);
        const note = c.noteTokens[0]!;
        shown.program.status = { ...shown.program.status, technical: note, business: note };
        const control = await outputs(composeReport(shown, c.outsiderId, { today }).doc, true);
        for (const [where, text] of Object.entries(control))
          if (!where.startsWith('docx') || where === 'docx word/document.xml text')
            expect(text, `control in ${where}`).toContain(note);
      }),
      { numRuns: 30 },
    );
    // The internal items were relevant enough to show to an insider in some runs: their absence
    // for the outsider is the filter's doing, not chance.
    expect(seen.internalForInsider).toBeGreaterThan(seen.runs / 4);
  }, 60_000);
});
