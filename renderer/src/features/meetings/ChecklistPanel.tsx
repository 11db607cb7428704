/**
 * "Prepare": the checklist per attendee, ticked off in the app (each tick is saved in the file).
 * Preparing again keeps the ticks of the items that still apply, adds the new ones and drops
 * those that no longer apply, and says how many of each.
 */
import { useMemo, useState, type ReactNode } from 'react';
import {
  deriveChecklist,
  prepareMeeting,
  setItemDone,
  type MergeSummary,
  type PreparedItem,
} from '../../../../shared/meetings/checklist.ts';
import { statusWord } from '../../../../shared/view/words.ts';
import type { Meeting, ProgramFile, Stakeholder } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { ExportBar } from './ExportBar.tsx';
import { asPrepared, itemLabel, itemTone, plural } from './view.ts';
import { meetingAttendees } from '../../../../shared/meetings/attendees.ts';

function summaryText(s: MergeSummary, total: number, again: boolean): string {
  if (!again) return `Prepared: ${plural(total, 'item')} to go through.`;
  const parts = [`${s.added} new`, `${plural(s.ticksKept, 'tick')} kept`];
  if (s.removed.length > 0) parts.push(`${s.removed.length} no longer apply and were removed`);
  return `Prepared again: ${parts.join(', ')}.`;
}

export function ChecklistPanel({
  file,
  meeting,
  today,
}: {
  file: ProgramFile;
  meeting: Meeting;
  today: string;
}) {
  const { edit } = useDocument();
  const [message, setMessage] = useState<string | null>(null);
  const items = useMemo(() => (meeting.checklist ?? []).map(asPrepared), [meeting.checklist]);
  const fresh = useMemo(() => deriveChecklist(file, meeting.id, today), [file, meeting.id, today]);
  const prepared = meeting.checklist !== undefined;
  const stale =
    prepared &&
    (fresh.length !== items.length ||
      fresh.some((f, i) => f.id !== items[i]?.id || f.text !== items[i]?.text));
  const people = meetingAttendees(file, meeting);
  const done = items.filter((i) => i.done).length;

  const prepare = async () => {
    const out: { summary?: MergeSummary; total?: number } = {};
    const saved = await edit(
      prepared ? `Prepare "${meeting.title}" again` : `Prepare "${meeting.title}"`,
      (f) => {
        const result = prepareMeeting(f, meeting.id, today);
        out.summary = result.summary;
        out.total = result.file.meetings.find((m) => m.id === meeting.id)?.checklist?.length ?? 0;
        return result.file;
      },
    );
    if (saved && out.summary) setMessage(summaryText(out.summary, out.total ?? 0, prepared));
  };
  const tick = (item: PreparedItem, value: boolean) =>
    edit(`${value ? 'Tick' : 'Untick'} "${item.text.slice(0, 40)}…"`, (f) =>
      setItemDone(f, meeting.id, item.id, value),
    );

  const agenda = items.filter((i) => i.kind === 'agenda');
  const others = items.filter((i) => i.kind !== 'agenda' && !people.some((p) => p.id === i.attendeeId));

  return (
    <div className="checklist">
      <div className="row-between">
        <span className="checklist__status" data-testid="checklist-progress">
          {prepared ? `${done} of ${plural(items.length, 'item')} ticked` : 'Not prepared yet.'}
        </span>
        <button type="button" className={prepared ? '' : 'primary'} onClick={() => void prepare()}>
          {prepared ? 'Prepare again' : 'Prepare checklist'}
        </button>
      </div>
      {prepared && items.length > 0 && (
        <div className="progress" aria-hidden="true">
          <div className="progress__bar" style={{ width: `${Math.round((100 * done) / items.length)}%` }} />
        </div>
      )}
      {message && (
        <p className="checklist__message" role="status">
          {message}
        </p>
      )}
      {stale && !message && (
        <p className="warning-panel small" role="status">
          The record has changed since this checklist was prepared. Prepare again to bring it up to date; your
          ticks on items that still apply are kept.
        </p>
      )}
      {!prepared && (
        <p className="muted">
          Preparing lists, for each attendee, what they expect and where it stands (at-risk first), the
          decisions needed from them, what we owe them and what changed for them; then the agenda.
        </p>
      )}
      {people.map((p) => (
        <Group
          key={p.id}
          title={p.name}
          person={p}
          prepared={prepared}
          items={items.filter((i) => i.attendeeId === p.id)}
        >
          {(item) => (
            <Item
              key={item.id}
              item={item}
              label={itemLabel(item, p.name)}
              tone={itemTone(file, item, today)}
              onTick={tick}
            />
          )}
        </Group>
      ))}
      {agenda.length > 0 && (
        <Group title="Agenda" items={agenda}>
          {(item) => (
            <Item key={item.id} item={item} label={itemLabel(item, '')} tone="plain" onTick={tick} />
          )}
        </Group>
      )}
      {others.length > 0 && (
        <Group title="No longer in this meeting" items={others}>
          {(item) => <Item key={item.id} item={item} label={item.text} tone="plain" onTick={tick} />}
        </Group>
      )}
      <ExportBar file={file} meeting={meeting} today={today} />
    </div>
  );
}

function Group({
  title,
  person,
  prepared = true,
  items,
  children,
}: {
  title: string;
  person?: Stakeholder;
  /** Before the checklist is prepared, an empty list means "not looked at yet", not "nothing". */
  prepared?: boolean;
  items: PreparedItem[];
  children: (item: PreparedItem) => ReactNode;
}) {
  if (items.length === 0 && !person) return null;
  const p = person?.preferences;
  return (
    <section className="checklist__group" aria-label={title}>
      <h4>
        {title}
        {person?.title && <span className="muted"> · {person.title}</span>}
      </h4>
      {person && p && (
        <div className="small muted">
          {statusWord(person.stance)} · influence {person.influence}, interest {person.interest} · prefers{' '}
          {p.detail} detail in {p.language} language, by {p.channel}
          {person.external ? ' · external' : ''}
        </div>
      )}
      {items.length > 0 ? (
        <ul className="checklist__items">{items.map(children)}</ul>
      ) : (
        <p className="small muted">
          {prepared
            ? 'Nothing to go through for them.'
            : 'Prepare the checklist to see what to go through with them.'}
        </p>
      )}
    </section>
  );
}

function Item({
  item,
  label,
  tone,
  onTick,
}: {
  item: PreparedItem;
  label: string;
  tone: 'risk' | 'overdue' | 'plain';
  onTick: (item: PreparedItem, done: boolean) => Promise<boolean>;
}) {
  // The tick shows at once; the file catches up when the save returns (or it springs back if refused).
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? item.done;
  const change = (value: boolean) => {
    setPending(value);
    void onTick(item, value).finally(() => setPending(null));
  };
  return (
    <li className={`checklist__item checklist__item--${tone}${checked ? ' checklist__item--done' : ''}`}>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => change(e.target.checked)} />
        <span className="checklist__text">{label}</span>
      </label>
      {tone === 'risk' && <span className="tag tag--risk">at risk</span>}
      {tone === 'overdue' && <span className="tag tag--overdue">overdue</span>}
    </li>
  );
}
