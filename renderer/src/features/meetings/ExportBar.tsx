/**
 * The checklist as a Word document (written by main into the chosen folder, and recorded in the
 * history) or as plain text on the clipboard, for a chat or a notes app.
 */
import { useEffect, useState } from 'react';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { renderText } from '../../../../shared/reports/render-text.ts';
import type { Meeting, ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { GenerationSummary } from '../reports/GenerationSummary.tsx';
import { useGenerate, useOutputDir } from '../reports/hooks.ts';
import { OutputFolder } from '../reports/OutputFolder.tsx';

export function ExportBar({ file, meeting, today }: { file: ProgramFile; meeting: Meeting; today: string }) {
  const { info } = useDocument();
  const output = useOutputDir();
  const { state, generate } = useGenerate();
  const [copied, setCopied] = useState<string | null>(null);
  const { load } = output;

  useEffect(() => {
    void load();
  }, [load]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(renderText(composeChecklist(file, meeting.id, { today }).doc));
      setCopied('The checklist is on the clipboard as text.');
    } catch (e) {
      setCopied(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section className="export-bar" aria-label="Export the checklist">
      <h4>Export</h4>
      <OutputFolder
        output={output}
        nativeDialogs={Boolean(info?.nativeDialogs)}
        className="export-bar__row small"
        testId="meeting-output-dir"
      />
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!output.dir || state.running}
          title={output.dir ? undefined : 'Choose the folder documents go to first'}
          onClick={() => void generate([{ meetingId: meeting.id }])}
        >
          Export as Word
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy as text
        </button>
      </div>
      {copied && (
        <div className="small muted" role="status">
          {copied}
        </div>
      )}
      <GenerationSummary state={state} />
    </section>
  );
}
