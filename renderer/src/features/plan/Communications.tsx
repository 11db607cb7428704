/** Planned communications: add one, change it, tick it done or skipped, delete it. */
import { useState } from 'react';
import { addDays, formatDate } from '../../../../shared/domain/dates.ts';
import { peopleNames } from '../../../../shared/plan/describe.ts';
import { communicationsInOrder } from '../../../../shared/plan/matrix.ts';
import {
  addCommunication,
  removeCommunication,
  setCommunicationStatus,
  updateCommunication,
  type CommunicationFields,
} from '../../../../shared/record/communications.ts';
import type { Communication, CommunicationStatus, ProgramFile } from '../../../../shared/schema/program.ts';
import { CommunicationForm } from './CommunicationForm.tsx';

type Edit = (label: string, change: (file: ProgramFile) => ProgramFile) => Promise<boolean>;

const fieldsOf = (c: Communication): CommunicationFields => ({
  date: c.date,
  stakeholderIds: c.stakeholderIds,
  purpose: c.purpose,
  channel: c.channel,
  ...(c.template ? { template: c.template } : {}),
});

export function Communications({ file, today, edit }: { file: ProgramFile; today: string; edit: Edit }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const list = communicationsInOrder(file.communications);
  const setStatus = (c: Communication, status: CommunicationStatus) =>
    void edit(`Mark “${c.purpose}” ${status}`, (f) => setCommunicationStatus(f, c.id, status));

  return (
    <section className="plan-communications" aria-labelledby="plan-communications-title">
      <div className="row-between">
        <h3 id="plan-communications-title">Planned communications</h3>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Plan a touchpoint
          </button>
        )}
      </div>
      {adding && (
        <CommunicationForm
          file={file}
          initial={{ date: addDays(today, 7), stakeholderIds: [], purpose: '', channel: 'meeting' }}
          submitLabel="Add touchpoint"
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const ok = await edit(`Plan “${fields.purpose.trim()}”`, (f) => addCommunication(f, fields).file);
            if (ok) setAdding(false);
            return ok;
          }}
        />
      )}
      {list.length === 0 && !adding && (
        <p className="muted small">
          None yet: plan a one-off touchpoint, such as a briefing before a review.
        </p>
      )}
      <ul className="plain-list" aria-label="Planned communications">
        {list.map((c) =>
          editing === c.id ? (
            <li key={c.id}>
              <CommunicationForm
                file={file}
                initial={fieldsOf(c)}
                submitLabel="Save touchpoint"
                onCancel={() => setEditing(null)}
                onSubmit={async (fields) => {
                  const ok = await edit(`Change “${c.purpose}”`, (f) => updateCommunication(f, c.id, fields));
                  if (ok) setEditing(null);
                  return ok;
                }}
              />
            </li>
          ) : (
            <li key={c.id} className={`plan-comm plan-comm--${c.status}`} aria-label={c.purpose}>
              <span className="plan-entry__date">{formatDate(c.date)}</span>
              <span className="plan-entry__what">
                <strong>{c.purpose}</strong>{' '}
                <span className="muted small">
                  {[peopleNames(file, c.stakeholderIds).join(', '), c.channel, c.template]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <span className="tag">{c.status}</span>
              <span className="actions">
                {c.status === 'planned' ? (
                  <>
                    <button type="button" className="link" onClick={() => setStatus(c, 'done')}>
                      Done
                    </button>
                    <button type="button" className="link" onClick={() => setStatus(c, 'skipped')}>
                      Skip
                    </button>
                  </>
                ) : (
                  <button type="button" className="link" onClick={() => setStatus(c, 'planned')}>
                    Back to planned
                  </button>
                )}
                <button type="button" className="link" onClick={() => setEditing(c.id)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => void edit(`Delete “${c.purpose}”`, (f) => removeCommunication(f, c.id))}
                >
                  Delete
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
