/** A reader's own history (what was sent to them, newest first) and when their next update is due. */
import { dueStatus } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { reportHistory } from '../../../../shared/reports/history.ts';
import type { ProgramFile, Stakeholder } from '../../../../shared/schema/program.ts';

export function ReaderHistory({
  person,
  file,
  today,
}: {
  person: Stakeholder;
  file: ProgramFile;
  today: string;
}) {
  const entries = reportHistory(file, { readerId: person.id }).filter(
    (e) => e.record.template !== 'meeting-checklist',
  );
  const due = dueStatus(person, today);
  const next = due.due ? 'due now' : due.nextDue ? formatDate(due.nextDue) : 'as needed (no cadence)';
  return (
    <section className="sh-detail-section" aria-label="Reports sent">
      <h3>Reports sent</h3>
      <p className="small">
        Next update: <strong data-testid="next-due">{next}</strong>
      </p>
      {entries.length === 0 ? (
        <p className="muted small">Nothing sent yet.</p>
      ) : (
        <ul className="plain-list small">
          {entries.map((e) => (
            <li key={e.record.id}>
              {e.day} · {e.record.template} · <span className="muted">{e.record.fileName}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
