/**
 * Importing people from a CSV: choose the file, check which column fills which field, see who
 * would be added, updated or rejected and why. Nothing is written until "Import"; then it is one
 * change, so one undo reverts it.
 */
import { useMemo, useState } from 'react';
import { FIELD_KEYS, FIELDS, type FieldKey } from '../../../../shared/csv/fields.ts';
import { guessMapping, type Mapping } from '../../../../shared/csv/mapping.ts';
import { parseCsv, type CsvTable } from '../../../../shared/csv/parse.ts';
import { planImport, type ImportOutcome } from '../../../../shared/csv/upsert.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { RejectedList } from '../import/ImportResult.tsx';

/** What the user confirmed: the table and mapping, re-applied to the program as it is at that moment. */
export interface ConfirmedImport {
  name: string;
  table: CsvTable;
  mapping: Mapping;
}

/** The field's name in the mapping; the private notes say so. */
const fieldLabel = (k: FieldKey): string => (k === 'notes' ? 'Notes (private)' : FIELDS[k].header);

/** The dialog of a CSV import of people. */
export function CsvImportDialog({
  name,
  text,
  file,
  onConfirm,
  onCancel,
}: {
  name: string;
  text: string;
  file: ProgramFile;
  onConfirm: (confirmed: ConfirmedImport) => void;
  onCancel: () => void;
}) {
  const table = useMemo(() => parseCsv(text), [text]);
  const [mapping, setMapping] = useState<Mapping>(() => guessMapping(table.headers));
  const outcome: ImportOutcome = useMemo(() => planImport(file, table, mapping), [file, table, mapping]);
  return (
    <ImportDialog
      plan={{ title: `Import ${name}`, name, table, outcome }}
      intro="People are matched on Id, then Email; an empty cell keeps what the person has. Check which column fills which field:"
      columns={{ mapping, fields: FIELD_KEYS, labelOf: fieldLabel, onChange: setMapping }}
      preview={<ImportPreview outcome={outcome} />}
      onConfirm={() => onConfirm({ name, table, mapping })}
      onCancel={onCancel}
    />
  );
}

function ImportPreview({ outcome }: { outcome: ImportOutcome }) {
  const names = (rows: Array<{ name: string }>) =>
    rows
      .slice(0, 12)
      .map((r) => r.name)
      .join(', ') + (rows.length > 12 ? `, and ${rows.length - 12} more` : '');
  return (
    <div className="sh-import-preview" data-testid="import-preview">
      <p>
        <strong>{outcome.added.length}</strong> to add
        {outcome.added.length > 0 && ` (${names(outcome.added)})`}, <strong>{outcome.updated.length}</strong>{' '}
        to update
        {outcome.updated.length > 0 && ` (${names(outcome.updated)})`}, {outcome.unchanged.length} unchanged.
      </p>
      <RejectedList rejected={outcome.rejected} />
    </div>
  );
}
