/**
 * The tracker's part of the mapping step, shown and changeable (the columns are the import
 * dialog's, guessed from the header names): which kind each issue type becomes, which of our statuses each
 * tracker status means, and who owns the items of assignees not on the map.
 */
import type { CsvTable } from '../../../../shared/csv/parse.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import type { TrackerOutcome, TrackerSettings } from '../../../../shared/tracker/import.ts';
import { columnValues, kindOf, statusPairs } from '../../../../shared/tracker/rows.ts';
import { statusFor, STATUSES_OF, TRACKED_KINDS } from '../../../../shared/tracker/values.ts';
import { ChoiceTable, type Choice } from '../import/ChoiceTable.tsx';

const same = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, label: v }));
/** The tracker's own part of the mapping, below the columns: kinds, statuses and owners. */
export function TrackerMapping({
  plan: { name, table, outcome },
  settings,
  file,
  onChange,
}: {
  plan: { name: string; table: CsvTable; outcome: TrackerOutcome };
  settings: TrackerSettings;
  file: ProgramFile;
  onChange: (next: TrackerSettings) => void;
}) {
  const { mapping } = settings;
  const people: Choice[] = [...file.stakeholders]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({ value: p.id, label: p.id === file.program.sponsorId ? `${p.name} (sponsor)` : p.name }));
  return (
    <>
      <ChoiceTable
        label="Kinds"
        heads={[`Type in ${name}`, 'Becomes a']}
        rows={columnValues(table, mapping, 'type').map((t) => ({
          key: t,
          cells: [t || '(no type)'],
          label: `Kind for type ${t || '(no type)'}`,
          value: kindOf(settings.kinds, t),
          options: same(TRACKED_KINDS),
          onChange: (v) => {
            const kind = TRACKED_KINDS.find((k) => k === v);
            if (kind) onChange({ ...settings, kinds: { ...settings.kinds, [t]: kind } });
          },
        }))}
      />
      <ChoiceTable
        label="Statuses"
        heads={[`Status in ${name}`, 'For a', 'Our status']}
        rows={statusPairs(table, mapping, settings.kinds).map(({ kind, value }) => ({
          key: `${kind}-${value}`,
          cells: [value, kind],
          label: `Status of a ${kind} in ${value}`,
          value: statusFor(settings.statuses, kind, value),
          options: same(STATUSES_OF[kind]),
          onChange: (v) =>
            onChange({
              ...settings,
              statuses: { ...settings.statuses, [kind]: { ...settings.statuses[kind], [value]: v } },
            }),
        }))}
      />
      <ChoiceTable
        label="Owners"
        heads={['Assignee not on the map', 'Owner in the record']}
        rows={[...new Set(outcome.unknownAssignees.map((u) => u.name))].map((n) => ({
          key: n,
          cells: [n],
          label: `Owner for ${n}`,
          value: settings.owners?.[n] ?? file.program.sponsorId,
          options: people,
          onChange: (v) => onChange({ ...settings, owners: { ...settings.owners, [n]: v } }),
        }))}
      />
    </>
  );
}
