/**
 * Who is due for an update, each with Preview and Generate. A row written from here stays where
 * it was, with its file and actions, and focus stays on it: it never moves to another reader's
 * Generate button, where one more Enter would write their report.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { byUrgency, dueList, type DueEntry } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { GeneratedDocument } from '../../../../shared/ipc/contract.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { WrittenResult } from './FileActions.tsx';
import type { GenerationState, Target } from './hooks.ts';

/** A row written from this table: as it was when written, and what came of it. */
interface Kept {
  entry: DueEntry;
  doc: GeneratedDocument | null;
  failed: string | null;
}

export function DueTable({
  file,
  today,
  canWrite,
  generate,
  onPreview,
}: {
  file: ProgramFile;
  today: string;
  canWrite: boolean;
  generate: (targets: Target[]) => Promise<GenerationState>;
  onPreview: (target: Target) => void;
}) {
  const [kept, setKept] = useState<Record<string, Kept>>({});
  const [focusId, setFocusId] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const due = useMemo(() => dueList(file, today), [file, today]);
  const rows = useMemo(() => {
    const ids = new Set(due.map((d) => d.stakeholderId));
    const written = Object.values(kept)
      .filter((k) => !ids.has(k.entry.stakeholderId))
      .map((k) => k.entry);
    // The same order as before writing: a written row keeps the place it had.
    return [...due, ...written].sort(byUrgency);
  }, [due, kept]);

  useEffect(() => {
    if (focusId)
      table.current?.querySelector<HTMLElement>(`[data-result-for="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId, kept]);

  const write = async (entry: DueEntry) => {
    const id = entry.stakeholderId;
    setKept((k) => ({ ...k, [id]: { entry, doc: null, failed: null } }));
    setFocusId(id);
    const result = await generate([{ stakeholderId: id }]);
    const doc = result.written.find((d) => d.stakeholderIds.includes(id)) ?? null;
    const failed = result.failed[0]?.message ?? result.error?.message ?? null;
    setKept((k) => ({ ...k, [id]: { entry, doc, failed } }));
  };

  return (
    <table ref={table} className="simple-table" aria-label="Due for an update">
      <thead>
        <tr>
          <th>Reader</th>
          <th>Template</th>
          <th>Cadence</th>
          <th>Due since</th>
          <th aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const k = kept[d.stakeholderId];
          return (
            <tr key={d.stakeholderId} className={k?.doc ? 'row-written' : undefined}>
              <td>{d.stakeholder.name}</td>
              <td className="nowrap">{d.stakeholder.preferences.template}</td>
              <td>{d.cadence}</td>
              <td className="nowrap">{d.nextDue ? formatDate(d.nextDue) : 'never updated'}</td>
              <td className={k && !k.failed ? 'due-result' : 'actions'}>
                {k && !k.failed ? (
                  <div
                    className="written-result--focus"
                    tabIndex={-1}
                    data-result-for={d.stakeholderId}
                    role="status"
                    aria-label={`Result for ${d.stakeholder.name}`}
                  >
                    {k.doc ? (
                      <>
                        <span className="muted small">Written: </span>
                        <WrittenResult doc={k.doc} />
                      </>
                    ) : (
                      <span className="muted">Writing…</span>
                    )}
                  </div>
                ) : (
                  <>
                    {k?.failed && (
                      <span className="failed" role="status" tabIndex={-1} data-result-for={d.stakeholderId}>
                        Not written: {k.failed}
                      </span>
                    )}
                    <button type="button" onClick={() => onPreview({ stakeholderId: d.stakeholderId })}>
                      Preview
                    </button>
                    <button
                      type="button"
                      disabled={!canWrite}
                      aria-label={`Generate for ${d.stakeholder.name}`}
                      onClick={() => void write(d)}
                    >
                      Generate
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
        {rows.length === 0 && (
          <tr>
            <td colSpan={5} className="muted">
              Nobody is due today.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
