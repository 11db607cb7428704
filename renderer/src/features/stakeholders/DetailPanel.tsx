/**
 * One person in full, beside the table or the grid: identity, place on the map and stance,
 * preferences, private notes (plainly marked: they never leave the app), the interaction log and
 * the expectations with their standing. Every field saves itself through `edit`, so Ctrl+Z undoes it.
 */
import { useEffect, useRef } from 'react';
import { checkEmail, checkName, type FieldKey, type FieldValue } from '../../../../shared/csv/fields.ts';
import { dueStatus } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { engagementOf } from '../../../../shared/domain/engagement.ts';
import { QUADRANT_LABELS, quadrantOf } from '../../../../shared/domain/quadrant.ts';
import {
  CADENCES,
  CHANNELS,
  DETAILS,
  GROUPS,
  LANGUAGES,
  LEVELS,
  STAKEHOLDER_TEMPLATES,
  STANCES,
  type ProgramFile,
  type Stakeholder,
} from '../../../../shared/schema/program.ts';
import { ReaderHistory } from '../reports/ReaderHistory.tsx';
import { setFields, updatePerson } from './edits.ts';
import { EngagementChart } from '../engagement/EngagementTrend.tsx';
import { Expectations } from './Expectations.tsx';
import { CheckField, SelectField, TextField } from '../../ui/Fields.tsx';
import { InteractionLog } from './InteractionLog.tsx';
import type { Edit } from './types.ts';
import './panel.css';

const splitTopics = (v: string) =>
  v
    .split(',')
    .map((t) => t.trim())
    .filter((t, i, all) => t !== '' && all.indexOf(t) === i);

const sentence = (p: string | null) => (p ? `${p.charAt(0).toUpperCase()}${p.slice(1)}.` : null);

export function DetailPanel({
  person,
  file,
  today,
  edit,
  onClose,
  onDelete,
}: {
  person: Stakeholder;
  file: ProgramFile;
  today: string;
  edit: Edit;
  onClose: () => void;
  onDelete: (id: string) => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [person.id]);
  const set = (key: FieldKey, what: string) => (value: FieldValue) =>
    void edit(`Change ${person.name}’s ${what}`, (f) => setFields(f, [person.id], { [key]: value }));
  // Fields start over for another person; within one, they follow the saved value themselves.
  const k = (key: string) => `${person.id}:${key}`;
  const due = dueStatus(person, today);
  const p = person.preferences;
  return (
    <aside
      ref={ref}
      className="sh-detail-panel"
      aria-label={`Details of ${person.name}`}
      onKeyDown={(e) => {
        const tag = (e.target as HTMLElement).tagName;
        if (e.key === 'Escape' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)) onClose();
      }}
    >
      <header className="sh-detail-panel__head">
        <div>
          <h2 tabIndex={-1}>{person.name}</h2>
          <div className="muted small">
            {[person.title, person.organization].filter(Boolean).join(' · ') || 'No title yet'} ·{' '}
            {QUADRANT_LABELS[quadrantOf(person)]}
            {person.external && ' · external'}
          </div>
        </div>
        <button type="button" onClick={onClose} aria-label="Close details">
          Close
        </button>
      </header>
      <div className="sh-detail-panel__body">
        <section className="sh-detail-section" aria-label="Identity">
          <h3>Identity</h3>
          <div className="sh-field-grid">
            <TextField
              key={k('name')}
              label="Name"
              value={person.name}
              validate={(v) => sentence(checkName(v))}
              onCommit={(v) => set('name', 'name')(v.trim())}
            />
            <TextField
              key={k('email')}
              label="Email"
              value={person.email}
              validate={(v) => sentence(checkEmail(v))}
              onCommit={(v) => set('email', 'email')(v.trim())}
            />
            <TextField key={k('title')} label="Title" value={person.title} onCommit={set('title', 'title')} />
            <TextField
              key={k('org')}
              label="Organization"
              value={person.organization}
              onCommit={set('organization', 'organization')}
            />
          </div>
          <div className="sh-field-grid sh-field-grid--4">
            <SelectField
              label="Group"
              value={person.group}
              options={GROUPS}
              onChange={set('group', 'group')}
            />
            <SelectField
              label="Influence"
              value={person.influence}
              options={LEVELS}
              onChange={set('influence', 'influence')}
            />
            <SelectField
              label="Interest"
              value={person.interest}
              options={LEVELS}
              onChange={set('interest', 'interest')}
            />
            <SelectField
              label="Stance"
              value={person.stance}
              options={STANCES}
              onChange={set('stance', 'stance')}
            />
            <CheckField
              label="External (outside the company: never sees internal items or the budget)"
              checked={person.external === true}
              onChange={set('external', 'external flag')}
            />
          </div>
        </section>
        <section className="sh-detail-section" aria-label="Preferences">
          <h3>Preferences</h3>
          <div className="sh-field-grid sh-field-grid--3">
            <SelectField
              label="Template"
              value={p.template}
              options={STAKEHOLDER_TEMPLATES}
              onChange={set('template', 'template')}
            />
            <SelectField
              label="Language"
              value={p.language}
              options={LANGUAGES}
              onChange={set('language', 'language')}
            />
            <SelectField
              label="Detail"
              value={p.detail}
              options={DETAILS}
              onChange={set('detail', 'detail')}
            />
            <SelectField
              label="Channel"
              value={p.channel}
              options={CHANNELS}
              onChange={set('channel', 'channel')}
            />
            <SelectField
              label="Cadence"
              value={p.cadence}
              options={CADENCES}
              onChange={set('cadence', 'cadence')}
            />
            <p className="muted small sh-next-update">
              Last update: {person.lastUpdateAt ? formatDate(person.lastUpdateAt) : 'never'}
              <br />
              Next:{' '}
              {due.due ? (
                <strong className="due">due now</strong>
              ) : due.nextDue ? (
                formatDate(due.nextDue)
              ) : (
                'as needed'
              )}
            </p>
          </div>
          <TextField
            key={k('topics')}
            label="Topics (comma-separated)"
            value={p.topics.join(', ')}
            onCommit={(v) => set('topics', 'topics')(splitTopics(v))}
          />
        </section>
        <section className="sh-detail-section sh-private-notes" aria-label="Private notes">
          <h3>
            Private notes <span className="sh-private-badge">Private: never exported or printed</span>
          </h3>
          <TextField
            key={k('notes')}
            label="Notes only you see"
            value={person.notes}
            multiline
            onCommit={(notes) =>
              void edit(`Edit ${person.name}’s private notes`, (f) =>
                updatePerson(f, person.id, (s) => ({ ...s, notes })),
              )
            }
          />
        </section>
        <ReaderHistory person={person} file={file} today={today} />
        <section className="sh-detail-section" aria-label="Engagement">
          <h3>Engagement, last 90 days</h3>
          <EngagementChart engagement={engagementOf(person, today)} today={today} />
        </section>
        <InteractionLog person={person} today={today} edit={edit} />
        <Expectations person={person} file={file} today={today} edit={edit} />
        <footer className="sh-detail-panel__foot">
          <button type="button" className="sh-danger" onClick={() => onDelete(person.id)}>
            Delete {person.name}…
          </button>
        </footer>
      </div>
    </aside>
  );
}
