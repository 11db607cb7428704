import { personName } from '../../../../shared/domain/items.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';

/** The meetings on file, upcoming first; preparing checklists comes with the meetings issue. */
export function MeetingsScreen({ file }: { file: ProgramFile }) {
  const meetings = [...file.meetings].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <section className="screen" aria-labelledby="meetings-title">
      <header className="screen__head">
        <h2 id="meetings-title">Meetings</h2>
        <span className="muted">{meetings.length} on file</span>
      </header>
      <ul className="plain-list">
        {meetings.map((m) => (
          <li key={m.id}>
            <strong>{m.title}</strong> <span className="muted">{m.start.replace('T', ' ')}</span>
            <div className="small">{m.attendeeIds.map((id) => personName(file, id)).join(', ')}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
