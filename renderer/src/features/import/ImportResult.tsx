/**
 * What an import did, for both imports: the notice after it (counts, how to undo it, the rows
 * rejected), and the list of rejected rows the dialog previews too.
 */
import { formatRejected, type ImportOutcome } from '../../../../shared/csv/upsert.ts';

type Rejected = ImportOutcome['rejected'];

/** The rows that will not be (or were not) imported, each with its row number, field and reason. */
export function RejectedList({ rejected }: { rejected: Rejected }) {
  if (rejected.length === 0) return <p className="muted">No rows rejected.</p>;
  return (
    <div className="sh-rejected" role="group" aria-label="Rejected rows">
      <strong>
        {rejected.length} {rejected.length === 1 ? 'row' : 'rows'} rejected (not imported):
      </strong>
      <ul>
        {rejected.slice(0, 100).map((r) => (
          <li key={r.row}>{formatRejected(r).replace(/^row/, 'Row')}</li>
        ))}
        {rejected.length > 100 && <li>…and {rejected.length - 100} more.</li>}
      </ul>
    </div>
  );
}

/** What the last import did, as counted when it was applied. */
export interface ImportReportData {
  name: string;
  outcome: {
    added: readonly unknown[];
    updated: readonly unknown[];
    unchanged: readonly unknown[];
    rejected: Rejected;
  };
}

/** The notice after an import: what it added, updated and left, that one undo reverts it, what it rejected. */
export function ImportReport({
  report,
  testId,
  onDismiss,
}: {
  report: ImportReportData;
  testId: string;
  onDismiss: () => void;
}) {
  const { name, outcome } = report;
  return (
    <div className="sh-notice sh-import-report" role="status" data-testid={testId}>
      <div className="row-between">
        <span>
          Imported {name}: {outcome.added.length} added, {outcome.updated.length} updated,{' '}
          {outcome.unchanged.length} unchanged. Ctrl+Z undoes the whole import.
        </span>
        <button type="button" className="link" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {outcome.rejected.length > 0 && <RejectedList rejected={outcome.rejected} />}
    </div>
  );
}
