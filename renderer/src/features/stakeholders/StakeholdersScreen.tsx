/**
 * The stakeholder map: the table (sort, search, filters, in-place editing, selection for bulk
 * changes) or the influence/interest grid, a detail panel per person, adding and deleting people,
 * and CSV import and export. Every change goes through `edit`, so each one saves and undoes.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { stakeholdersToCsv } from '../../../../shared/csv/export.ts';
import { planImport } from '../../../../shared/csv/upsert.ts';
import type { Level, ProgramFile, Stakeholder } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { DataTable, type DataTableHandle, type RowSelectionState } from '../../table/DataTable.tsx';
import { ChooseEmlButton } from '../email/EmailCapture.tsx';
import { EngagementLists } from '../engagement/EngagementLists.tsx';
import { GenerationSummary } from '../reports/GenerationSummary.tsx';
import { useGenerate } from '../reports/hooks.ts';
import { OutputFolderBar } from '../reports/OutputFolder.tsx';
import { AddPerson } from './AddPerson.tsx';
import { BulkBar } from './BulkBar.tsx';
import {
  EDITABLE,
  GenerateReportContext,
  HIDDEN_AT_FIRST,
  OpenPersonContext,
  rowName,
  stakeholderColumns,
  rowsOf,
  type StakeholderRow,
} from './columns.tsx';
import { downloadCsv, exportFileName } from './csv-export.ts';
import { ChooseCsvButton } from '../import/ChooseCsvButton.tsx';
import { ImportReport } from '../import/ImportResult.tsx';
import { useImport } from '../import/use-import.ts';
import { CsvImportDialog } from './CsvImport.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { addPerson, editPersonField, removePeople, setFields } from './edits.ts';
import { InfluenceGrid } from './InfluenceGrid.tsx';
import './stakeholders.css';

type View = 'table' | 'grid';

const byIdCache = new WeakMap<readonly Stakeholder[], Map<string, Stakeholder>>();

/** The people of one version of the program by id, made once per version. */
function peopleById(list: readonly Stakeholder[]): Map<string, Stakeholder> {
  let map = byIdCache.get(list);
  if (!map) byIdCache.set(list, (map = new Map(list.map((s) => [s.id, s]))));
  return map;
}

export function StakeholdersScreen({ file, today }: { file: ProgramFile; today: string }) {
  const { edit } = useDocument();
  const { state, generate } = useGenerate();
  const [view, setView] = useState<View>('table');
  const [openId, setOpenId] = useState<string | null>(null);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const imports = useImport();
  const [exported, setExported] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const table = useRef<DataTableHandle<StakeholderRow>>(null);

  const rows = useMemo(() => rowsOf(file.stakeholders, today), [file, today]);
  // Built when asked for (a selection, a delete, an export), not on every edit of 10,000 people.
  const people = useCallback(() => peopleById(file.stakeholders), [file]);
  const dueCount = useMemo(() => rows.filter((r) => r.due).length, [rows]);
  const selectedIds = useMemo(() => {
    const ids = Object.keys(selection);
    return ids.length === 0 ? ids : ids.filter((id) => people().has(id));
  }, [selection, people]);
  const open = openId ? file.stakeholders.find((s) => s.id === openId) : undefined;

  const generateFor = useCallback((id: string) => void generate([{ stakeholderId: id }]), [generate]);
  const onCellEdit = useCallback(
    (row: StakeholderRow, columnId: string, value: string | boolean) => {
      const key = EDITABLE[columnId];
      return key ? editPersonField(edit, row, key, value) : Promise.resolve(null);
    },
    [edit],
  );
  // With the panel open, it follows the row the user moves to.
  const followRow = useCallback((row: StakeholderRow) => setOpenId((id) => (id ? row.id : id)), []);
  // Only the grid view shows them: the table does not pay for 10,000 of them on every edit.
  const gridPeople = useMemo(
    () =>
      view !== 'grid'
        ? []
        : file.stakeholders.map((s, i) => ({
            id: s.id,
            name: s.name,
            stance: s.stance,
            influence: s.influence,
            interest: s.interest,
            due: rows[i]?.due ?? false,
          })),
    [file, rows, view],
  );
  const moveOnGrid = useCallback(
    (id: string, influence: Level, interest: Level) =>
      void edit(`Move ${people().get(id)?.name ?? id} to ${influence} influence, ${interest} interest`, (f) =>
        setFields(f, [id], { influence, interest }),
      ),
    [edit, people],
  );

  const add = async (fields: {
    name: string;
    email: string;
    group: ProgramFile['stakeholders'][number]['group'];
  }) => {
    let id = '';
    const ok = await edit(`Add ${fields.name.trim()}`, (f) => {
      const added = addPerson(f, fields);
      id = added.id;
      return added.file;
    });
    if (ok) setOpenId(id);
    return ok;
  };
  const confirmDelete = async (ids: string[]) => {
    const names = ids.map((id) => people().get(id)?.name ?? id);
    const label = names.length === 1 ? `Delete ${names[0]}` : `Delete ${names.length} people`;
    const ok = await edit(label, (f) => removePeople(f, ids));
    setDeleting(null);
    if (ok) {
      if (openId && ids.includes(openId)) setOpenId(null);
      setSelection((s) => Object.fromEntries(Object.entries(s).filter(([id]) => !ids.includes(id))));
    }
  };
  const exportCsv = () => {
    const shown = view === 'table' ? (table.current?.shownRows() ?? rows) : rows;
    const byId = people();
    const list = shown.flatMap((r) => byId.get(r.id) ?? []);
    const name = exportFileName(file.program.name, today);
    downloadCsv(name, stakeholdersToCsv(list));
    setExported(
      `Exported ${list.length} ${list.length === 1 ? 'person' : 'people'} as shown to “${name}”. Private notes are never exported.`,
    );
  };

  return (
    <GenerateReportContext.Provider value={generateFor}>
      <OpenPersonContext.Provider value={setOpenId}>
        <section id="stakeholders-screen" className="screen" aria-labelledby="stakeholders-title">
          <header className="screen__head sh-stakeholders__head">
            <h2 id="stakeholders-title">Stakeholders</h2>
            <span className="muted">
              {file.stakeholders.length} people on the map · {dueCount} due for an update
            </span>
            <div className="sh-view-switch" role="group" aria-label="View">
              {(['table', 'grid'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                  {v === 'table' ? 'Table' : 'Grid'}
                </button>
              ))}
            </div>
            <div className="sh-stakeholders__actions">
              <AddPerson onAdd={add} />
              <ChooseCsvButton onLoaded={imports.choose} />
              <ChooseEmlButton />
              <button type="button" onClick={exportCsv}>
                Export CSV
              </button>
            </div>
          </header>
          <OutputFolderBar testId="stakeholders-output-dir" />
          <EngagementLists people={file.stakeholders} today={today} onOpen={setOpenId} />
          <GenerationSummary state={state} />
          {exported && (
            <p className="sh-notice" role="status">
              {exported}{' '}
              <button type="button" className="link" onClick={() => setExported(null)}>
                Dismiss
              </button>
            </p>
          )}
          {imports.report && (
            <ImportReport report={imports.report} testId="import-report" onDismiss={imports.dismiss} />
          )}
          {selectedIds.length > 0 && (
            <BulkBar
              ids={selectedIds}
              edit={edit}
              onGenerate={() => void generate(selectedIds.map((stakeholderId) => ({ stakeholderId })))}
              onDelete={() => setDeleting(selectedIds)}
              onClear={() => setSelection({})}
            />
          )}
          <div
            className={`sh-stakeholders__layout${view === 'table' ? ' sh-stakeholders__layout--overlay' : ''}`}
          >
            <div className="sh-stakeholders__main">
              {view === 'table' ? (
                <DataTable
                  data={rows}
                  columns={stakeholderColumns}
                  label="Stakeholders"
                  searchPlaceholder="Search people"
                  onCellEdit={onCellEdit}
                  selection={{ selected: selection, onChange: setSelection }}
                  initialColumnVisibility={HIDDEN_AT_FIRST}
                  rowName={rowName}
                  onActiveRow={followRow}
                  handleRef={table}
                />
              ) : (
                <InfluenceGrid people={gridPeople} onOpen={setOpenId} onMove={moveOnGrid} />
              )}
            </div>
            {open && (
              <DetailPanel
                person={open}
                file={file}
                today={today}
                edit={edit}
                onClose={() => setOpenId(null)}
                onDelete={(id) => setDeleting([id])}
              />
            )}
          </div>
          {imports.importing && (
            <CsvImportDialog
              name={imports.importing.name}
              text={imports.importing.text}
              file={file}
              onConfirm={(c) => void imports.apply(c.name, (f) => planImport(f, c.table, c.mapping))}
              onCancel={imports.cancel}
            />
          )}
          {deleting && (
            <DeleteDialog
              file={file}
              ids={deleting}
              onConfirm={() => void confirmDelete(deleting)}
              onCancel={() => setDeleting(null)}
            />
          )}
        </section>
      </OpenPersonContext.Provider>
    </GenerateReportContext.Provider>
  );
}
