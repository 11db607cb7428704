/**
 * Meetings: the list (upcoming first), creating and editing one, importing from an invitation,
 * and for the chosen meeting its checklist and what happened after it.
 */
import { useState } from 'react';
import { meetingsInOrder } from '../../../../shared/meetings/meeting.ts';
import type { Meeting, ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { MeetingDetail } from './MeetingDetail.tsx';
import { MeetingForm } from './MeetingForm.tsx';
import { plural, progressText, whenText } from './view.ts';
import './meetings.css';

type Pane = { kind: 'detail' } | { kind: 'new' } | { kind: 'edit' } | { kind: 'import' };

export function MeetingsScreen({ file }: { file: ProgramFile }) {
  const { info } = useDocument();
  const today = info?.today ?? '';
  const { upcoming, past } = meetingsInOrder(file.meetings, today);
  const [selectedId, setSelectedId] = useState<string | null>(upcoming[0]?.id ?? past[0]?.id ?? null);
  const [pane, setPane] = useState<Pane>({ kind: 'detail' });
  const selected = file.meetings.find((m) => m.id === selectedId) ?? null;

  const show = (id: string) => {
    setSelectedId(id);
    setPane({ kind: 'detail' });
  };

  return (
    <section className="screen" aria-labelledby="meetings-title">
      <header className="screen__head">
        <h2 id="meetings-title">Meetings</h2>
        <span className="muted">
          {upcoming.length} upcoming · {past.length} past
        </span>
        <span className="meetings__tools">
          <button type="button" onClick={() => setPane({ kind: 'import' })}>
            Import invitation…
          </button>
          <button type="button" className="primary" onClick={() => setPane({ kind: 'new' })}>
            New meeting
          </button>
        </span>
      </header>
      <div className="meetings">
        <nav className="meetings__list" aria-label="Meetings">
          <MeetingList
            title="Upcoming"
            meetings={upcoming}
            selectedId={selectedId}
            onSelect={show}
            file={file}
          />
          <MeetingList title="Past" meetings={past} selectedId={selectedId} onSelect={show} file={file} />
          {file.meetings.length === 0 && (
            <p className="muted">No meetings yet. Create one, or import an invitation.</p>
          )}
        </nav>
        <div className="meetings__pane">
          {pane.kind === 'import' && (
            <ImportPanel
              file={file}
              today={today}
              onDone={show}
              onCancel={() => setPane({ kind: 'detail' })}
            />
          )}
          {pane.kind === 'new' && (
            <MeetingForm
              file={file}
              meeting={null}
              onSaved={show}
              onCancel={() => setPane({ kind: 'detail' })}
            />
          )}
          {pane.kind === 'edit' && selected && (
            <MeetingForm
              file={file}
              meeting={selected}
              onSaved={show}
              onCancel={() => setPane({ kind: 'detail' })}
            />
          )}
          {pane.kind === 'detail' &&
            (selected ? (
              <MeetingDetail
                key={selected.id}
                file={file}
                meeting={selected}
                today={today}
                onEdit={() => setPane({ kind: 'edit' })}
                onRemoved={() => setSelectedId(null)}
              />
            ) : (
              <p className="muted meetings__empty">Choose a meeting to prepare its checklist.</p>
            ))}
        </div>
      </div>
    </section>
  );
}

function MeetingList({
  title,
  meetings,
  selectedId,
  onSelect,
  file,
}: {
  title: string;
  meetings: Meeting[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  file: ProgramFile;
}) {
  if (meetings.length === 0) return null;
  return (
    <>
      <h3 className="meetings__group">{title}</h3>
      <ul className="plain-list">
        {meetings.map((m) => {
          const known = m.attendeeIds.filter((id) => file.stakeholders.some((s) => s.id === id)).length;
          return (
            <li key={m.id}>
              <button
                type="button"
                className={m.id === selectedId ? 'meeting-card meeting-card--active' : 'meeting-card'}
                aria-current={m.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(m.id)}
              >
                <strong>{m.title}</strong>
                <span className="small">{whenText(m.start)}</span>
                <span className="small muted">
                  {plural(known, 'attendee')} · {progressText(m)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
