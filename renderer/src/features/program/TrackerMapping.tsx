/**
 * The mapping step of a tracker import, shown and changeable: which column fills which field
 * (guessed from the header names), which kind each issue type becomes, which of our statuses each
 * tracker status means, and who owns the items of assignees not on the map.
 */
import type { CsvTable } from '../../../../shared/csv/parse.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { TRACKER_FIELD_KEYS, TRACKER_FIELDS } from '../../../../shared/tracker/columns.ts';
import type { TrackerOutcome, TrackerSettings } from '../../../../shared/tracker/import.ts';
import { columnValues, kindOf, statusPairs } from '../../../../shared/tracker/rows.ts';
import { statusFor, STATUSES_OF, TRACKED_KINDS } from '../../../../shared/tracker/values.ts';

interface Choice {
  value: string;
  label: string;
}

interface ChoiceRow {
  key: string;
  /** The cells before the choice. */
  cells: string[];
  /** The choice's accessible name. */
  label: string;
  value: string;
  options: readonly Choice[];
  onChange: (value: string) => void;
}

/** A table whose last column is a choice per row. */
function ChoiceTable({ label, heads, rows }: { label: string; heads: string[]; rows: ChoiceRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="simple-table sh-mapping" aria-label={label}>
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, i) => (
              <td key={i} className={i > 0 && heads.length > 2 ? 'muted' : undefined}>
                {c}
              </td>
            ))}
            <td>
              <select aria-label={r.label} value={r.value} onChange={(e) => r.onChange(e.target.value)}>
                {r.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const same = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, label: v }));
const FIELD_CHOICES: Choice[] = [
  { value: '', label: '(ignore)' },
  ...TRACKER_FIELD_KEYS.map((k) => ({ value: k, label: TRACKER_FIELDS[k] })),
];

export function TrackerMapping({
  name,
  table,
  settings,
  outcome,
  file,
  onChange,
}: {
  name: string;
  table: CsvTable;
  settings: TrackerSettings;
  outcome: TrackerOutcome;
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
        label="Columns"
        heads={[`Column in ${name}`, 'First value', 'Fills']}
        rows={table.headers.map((h, i) => ({
          key: `${i}-${h}`,
          cells: [h, (table.rows[0]?.cells[i] ?? '').slice(0, 60)],
          label: `Field for column ${i + 1} ${h}`,
          value: mapping[i] ?? '',
          options: FIELD_CHOICES,
          onChange: (v) => {
            const field = TRACKER_FIELD_KEYS.find((k) => k === v) ?? null;
            onChange({ ...settings, mapping: mapping.map((f, j) => (j === i ? field : f)) });
          },
        }))}
      />
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
