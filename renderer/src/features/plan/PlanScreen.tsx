/**
 * The Plan screen: the communication plan made visible. The matrix (who hears what, how, how
 * often and when next; edited in place through `edit`, so undo works as everywhere), the
 * calendar of the coming weeks, the planned one-off touchpoints, and the plan's exports.
 */
import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_WEEKS, planCalendar } from '../../../../shared/plan/calendar.ts';
import { weeksText } from '../../../../shared/plan/describe.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { DataTable } from '../../table/DataTable.tsx';
import { GenerationSummary } from '../reports/GenerationSummary.tsx';
import { useGenerate } from '../reports/hooks.ts';
import { GenerateReportContext } from '../stakeholders/columns.tsx';
import { editPersonField } from '../stakeholders/edits.ts';
import { Calendar } from './Calendar.tsx';
import { Communications } from './Communications.tsx';
import { MATRIX_EDITABLE, matrixColumns, matrixRows, type MatrixRow } from './columns.tsx';
import { PlanExport } from './PlanExport.tsx';
import './plan.css';

const WEEK_CHOICES = [4, 8, 12] as const;

export function PlanScreen({ file, today }: { file: ProgramFile; today: string }) {
  const { edit } = useDocument();
  const { state, generate } = useGenerate();
  const [weeks, setWeeks] = useState<number>(DEFAULT_WEEKS);
  const rows = useMemo(() => matrixRows(file, today), [file, today]);
  const calendar = useMemo(() => planCalendar(file, today, weeks), [file, today, weeks]);
  // The one-click report, through the same call as the Reports and Stakeholders screens.
  const generateFor = useCallback((id: string) => void generate([{ stakeholderId: id }]), [generate]);
  const onCellEdit = useCallback(
    (row: MatrixRow, columnId: string, value: string | boolean) => {
      const key = MATRIX_EDITABLE[columnId];
      return key ? editPersonField(edit, row, key, value) : Promise.resolve(null);
    },
    [edit],
  );

  return (
    <GenerateReportContext.Provider value={generateFor}>
      <section id="plan-screen" className="screen" aria-labelledby="plan-title">
        <header className="screen__head">
          <h2 id="plan-title">Communication plan</h2>
          <span className="muted">
            {file.stakeholders.length} people ·{' '}
            {file.communications.filter((c) => c.status === 'planned').length} planned touchpoints
          </span>
        </header>
        <GenerationSummary state={state} />
        <PlanExport weeks={weeks} />
        <h3>Who hears what</h3>
        <div className="plan-matrix">
          <DataTable
            data={rows}
            columns={matrixColumns}
            label="Communication plan matrix"
            searchPlaceholder="Search people"
            onCellEdit={onCellEdit}
            rowName={(r) => r.name}
          />
        </div>
        <div className="plan-lower">
          <div>
            <div className="row-between">
              <h3>The next {weeksText(weeks)}</h3>
              <div role="group" aria-label="Weeks shown" className="sh-view-switch">
                {WEEK_CHOICES.map((n) => (
                  <button key={n} type="button" aria-pressed={weeks === n} onClick={() => setWeeks(n)}>
                    {n} weeks
                  </button>
                ))}
              </div>
            </div>
            <Calendar file={file} weeks={calendar} onGenerate={generateFor} />
          </div>
          <Communications file={file} today={today} edit={edit} />
        </div>
      </section>
    </GenerateReportContext.Provider>
  );
}
