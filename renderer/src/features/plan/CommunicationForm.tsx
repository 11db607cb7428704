/** Planning a one-off touchpoint, or changing one: a date, people, a purpose, a channel, a document. */
import { useState } from 'react';
import { communicationProblems, type CommunicationFields } from '../../../../shared/record/communications.ts';
import {
  CHANNELS,
  STAKEHOLDER_TEMPLATES,
  type Channel,
  type ProgramFile,
  type StakeholderTemplate,
} from '../../../../shared/schema/program.ts';
import { AttendeePicker } from '../meetings/AttendeePicker.tsx';

export function CommunicationForm({
  file,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  file: ProgramFile;
  initial: CommunicationFields;
  submitLabel: string;
  onSubmit: (fields: CommunicationFields) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [date, setDate] = useState(initial.date);
  const [purpose, setPurpose] = useState(initial.purpose);
  const [people, setPeople] = useState(initial.stakeholderIds);
  const [channel, setChannel] = useState<Channel>(initial.channel);
  const [template, setTemplate] = useState<StakeholderTemplate | ''>(initial.template ?? '');
  const [shown, setShown] = useState(false);
  const fields: CommunicationFields = {
    date,
    purpose,
    stakeholderIds: people,
    channel,
    ...(template ? { template } : {}),
  };
  const problems = communicationProblems(file, fields);
  const problemList = Object.values(problems);

  return (
    <form
      className="plan-form"
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        if (problemList.length === 0) void onSubmit(fields);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label>
        Date
        <input type="date" aria-label="Date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="plan-form__wide">
        Purpose
        <input
          type="text"
          aria-label="Purpose"
          value={purpose}
          placeholder="Brief the CFO before the budget review"
          onChange={(e) => setPurpose(e.target.value)}
        />
      </label>
      <label>
        Channel
        <select aria-label="Channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        Document
        <select
          aria-label="Document"
          value={template}
          onChange={(e) => setTemplate(e.target.value as StakeholderTemplate | '')}
        >
          <option value="">none</option>
          {STAKEHOLDER_TEMPLATES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <div className="plan-form__wide" role="group" aria-label="People">
        <AttendeePicker people={file.stakeholders} chosen={people} onChange={setPeople} />
      </div>
      {shown && problemList.length > 0 && (
        <ul className="plan-form__problems" role="alert">
          {problemList.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="actions plan-form__wide">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
