/**
 * The life of an import, the same for people and tracker items: a file is chosen, the dialog
 * shows what it would do, and on confirming it is planned again on the program as it is at that
 * moment, inside the one edit (one undo reverts the whole import); then the report says what it did.
 */
import { useState } from 'react';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import type { ImportReportData } from './ImportResult.tsx';

/** A planned import: the program it would leave, and what it counted. */
export type PlannedImport = ImportReportData['outcome'] & { file: ProgramFile };

export function useImport() {
  const { edit } = useDocument();
  const [importing, setImporting] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ImportReportData | null>(null);
  /** Applies `plan` to the program as it is now, as the edit "Import <name>", and closes the dialog. */
  const apply = async (name: string, plan: (file: ProgramFile) => PlannedImport): Promise<void> => {
    const held: { outcome?: PlannedImport } = {};
    const ok = await edit(`Import ${name}`, (f) => {
      held.outcome = plan(f);
      return held.outcome.file;
    });
    setImporting(null);
    if (ok && held.outcome) setReport({ name, outcome: held.outcome });
  };
  return {
    /** The file whose dialog is open, or null. */
    importing,
    choose: (name: string, text: string) => setImporting({ name, text }),
    cancel: () => setImporting(null),
    apply,
    report,
    dismiss: () => setReport(null),
  };
}
