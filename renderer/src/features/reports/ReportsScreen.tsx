import { dueList } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';

/** Who is due for an update today; generating the documents comes with the reports issue. */
export function ReportsScreen({ file, today }: { file: ProgramFile; today: string }) {
  const due = dueList(file, today);
  return (
    <section className="screen" aria-labelledby="reports-title">
      <header className="screen__head">
        <h2 id="reports-title">Reports</h2>
        <span className="muted">
          {due.length} due on {formatDate(today)}
        </span>
      </header>
      <table className="simple-table" aria-label="Due for an update">
        <thead>
          <tr>
            <th>Reader</th>
            <th>Template</th>
            <th>Cadence</th>
            <th>Due since</th>
          </tr>
        </thead>
        <tbody>
          {due.map((d) => (
            <tr key={d.stakeholderId}>
              <td>{d.stakeholder.name}</td>
              <td>{d.stakeholder.preferences.template}</td>
              <td>{d.cadence}</td>
              <td>{d.nextDue ? formatDate(d.nextDue) : 'never updated'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
