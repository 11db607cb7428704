/** The calendar of the coming weeks: per week the updates due, the meetings, the planned touchpoints. */
import { useState } from 'react';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { isOverdue, type PlanEntry, type PlanWeek } from '../../../../shared/plan/calendar.ts';
import { entryDetail, entrySummary, weekTitle } from '../../../../shared/plan/describe.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';

/** Entries shown per week before "Show all": a week of 1,000 weekly readers stays readable. */
const SHOWN_PER_WEEK = 30;

function entryKey(e: PlanEntry): string {
  return e.kind === 'update'
    ? `u-${e.stakeholderId}-${e.date}`
    : e.kind === 'meeting'
      ? `m-${e.meetingId}`
      : `c-${e.communicationId}`;
}

function Week({
  file,
  week,
  index,
  onGenerate,
}: {
  file: ProgramFile;
  week: PlanWeek;
  index: number;
  onGenerate: (stakeholderId: string) => void;
}) {
  const [all, setAll] = useState(false);
  const title = weekTitle(week, index);
  const shown = all ? week.entries : week.entries.slice(0, SHOWN_PER_WEEK);
  return (
    <section className="plan-week" aria-label={title}>
      <h4>
        {title} <span className="muted small">· {week.entries.length} items</span>
      </h4>
      {week.entries.length === 0 && <p className="muted small">Nothing planned.</p>}
      <ul className="plain-list">
        {shown.map((e) => (
          <li
            key={entryKey(e)}
            className={`plan-entry plan-entry--${e.kind}${isOverdue(e) ? ' plan-entry--overdue' : ''}`}
          >
            <span className="plan-entry__date">{formatDate(e.date)}</span>
            <span className="plan-entry__what">
              {e.kind === 'communication' && e.status !== 'planned' && (
                <span className="tag">{e.status}</span>
              )}
              {entrySummary(e)} <span className="muted small">{entryDetail(file, e)}</span>
            </span>
            {e.kind === 'update' && (
              <button
                type="button"
                className="link"
                aria-label={`Generate report for ${e.name} (due ${formatDate(e.date)})`}
                onClick={() => onGenerate(e.stakeholderId)}
              >
                Generate report
              </button>
            )}
          </li>
        ))}
      </ul>
      {week.entries.length > SHOWN_PER_WEEK && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${week.entries.length}`}
        </button>
      )}
    </section>
  );
}

export function Calendar({
  file,
  weeks,
  onGenerate,
}: {
  file: ProgramFile;
  weeks: PlanWeek[];
  onGenerate: (stakeholderId: string) => void;
}) {
  return (
    <div className="plan-calendar" data-testid="plan-calendar">
      {weeks.map((w, i) => (
        <Week key={w.start} file={file} week={w} index={i} onGenerate={onGenerate} />
      ))}
    </div>
  );
}
