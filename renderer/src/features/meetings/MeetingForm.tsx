/** Creating or editing a meeting: title, start, attendees from the map, agenda items. */
import { useState, type FormEvent } from 'react';
import {
  addMeeting,
  meetingFieldProblems,
  updateMeeting,
  type MeetingFields,
} from '../../../../shared/meetings/meeting.ts';
import type { Meeting, ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { AttendeePicker } from './AttendeePicker.tsx';

export function MeetingForm({
  file,
  meeting,
  onSaved,
  onCancel,
}: {
  file: ProgramFile;
  meeting: Meeting | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const { edit } = useDocument();
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [start, setStart] = useState(meeting?.start ?? '');
  const [attendeeIds, setAttendeeIds] = useState<string[]>(meeting?.attendeeIds ?? []);
  const [agenda, setAgenda] = useState((meeting?.agenda ?? []).join('\n'));
  const [tried, setTried] = useState(false);
  const fields: MeetingFields = { title, start, attendeeIds, agenda: agenda.split('\n') };
  const problems = meetingFieldProblems(fields, file);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    if (meeting) {
      if (await edit(`Edit meeting "${title.trim()}"`, (f) => updateMeeting(f, meeting.id, fields)))
        onSaved(meeting.id);
      return;
    }
    let id = '';
    const saved = await edit(`Add meeting "${title.trim()}"`, (f) => {
      const result = addMeeting(f, fields);
      id = result.id;
      return result.file;
    });
    if (saved && id) onSaved(id);
  };
  const show = (field: keyof MeetingFields) =>
    tried && problems[field] ? <span className="field-error">{problems[field]}</span> : null;

  return (
    <form
      className="meeting-form"
      onSubmit={(e) => void submit(e)}
      aria-label={meeting ? 'Edit meeting' : 'New meeting'}
    >
      <h3>{meeting ? `Edit “${meeting.title}”` : 'New meeting'}</h3>
      <label>
        Title
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={tried && !!problems.title}
        />
        {show('title')}
      </label>
      <label>
        Starts
        <input
          type="datetime-local"
          value={start}
          onChange={(e) => setStart(e.target.value)}
          aria-invalid={tried && !!problems.start}
        />
        {show('start')}
      </label>
      <fieldset>
        <legend>Attendees</legend>
        <AttendeePicker people={file.stakeholders} chosen={attendeeIds} onChange={setAttendeeIds} />
        {show('attendeeIds')}
      </fieldset>
      <label>
        Agenda, one item a line
        <textarea rows={5} value={agenda} onChange={(e) => setAgenda(e.target.value)} />
      </label>
      {meeting?.checklist && (
        <p className="small muted">Its checklist is kept; prepare again afterwards to bring it up to date.</p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {meeting ? 'Save' : 'Add meeting'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
