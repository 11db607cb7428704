/** One meeting: who and when, its checklist, and what happened after it. */
import { useState } from 'react';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { removeMeeting } from '../../../../shared/meetings/meeting.ts';
import { canRecordOutcome, meetingDate } from '../../../../shared/meetings/outcome.ts';
import type { Meeting, ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';
import { whenText } from './view.ts';
import { meetingAttendees } from '../../../../shared/meetings/attendees.ts';

type Tab = 'checklist' | 'outcome';

export function MeetingDetail({
  file,
  meeting,
  today,
  onEdit,
  onRemoved,
}: {
  file: ProgramFile;
  meeting: Meeting;
  today: string;
  onEdit: () => void;
  onRemoved: () => void;
}) {
  const { edit } = useDocument();
  const [tab, setTab] = useState<Tab>('checklist');
  const people = meetingAttendees(file, meeting);
  const missing = meeting.attendeeIds.length - people.length;

  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    setConfirming(false);
    if (await edit(`Delete meeting "${meeting.title}"`, (f) => removeMeeting(f, meeting.id))) onRemoved();
  };

  return (
    <article className="meeting" aria-labelledby="meeting-title">
      <header className="meeting__head">
        <div>
          <h3 id="meeting-title">{meeting.title}</h3>
          <div className="muted">{whenText(meeting.start)}</div>
          <div className="small">
            {people.map((p) => p.name).join(', ') || 'No attendees on the map'}
            {missing > 0 && <span className="muted"> · {missing} no longer on the map</span>}
          </div>
        </div>
        <span className="actions">
          <button type="button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </span>
      </header>
      <div className="meeting__tabs" role="tablist" aria-label="Meeting">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'checklist'}
          className={tab === 'checklist' ? 'tab tab--active' : 'tab'}
          onClick={() => setTab('checklist')}
        >
          Checklist
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'outcome'}
          className={tab === 'outcome' ? 'tab tab--active' : 'tab'}
          onClick={() => setTab('outcome')}
        >
          After the meeting
        </button>
      </div>
      {tab === 'checklist' && <ChecklistPanel file={file} meeting={meeting} today={today} />}
      {tab === 'outcome' &&
        (canRecordOutcome(meeting, today) ? (
          <OutcomePanel file={file} meeting={meeting} today={today} />
        ) : (
          <p className="muted">
            Record what happened once the meeting has taken place, from {formatDate(meetingDate(meeting))}.
          </p>
        ))}
      {confirming && (
        <ConfirmDialog
          title={`Delete meeting “${meeting.title}”?`}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>Its checklist and outcome go with it. Undo (Ctrl+Z) brings it back.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
