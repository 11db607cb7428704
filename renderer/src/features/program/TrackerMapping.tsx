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
  const types = columnValues(table, mapping, 'type');
  const statuses = statusPairs(table, mapping, settings.kinds);
  const unknown = [...new Set(outcome.unknownAssignees.map((u) => u.name))];
  const people = [...file.stakeholders].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <table className="simple-table sh-mapping" aria-label="Columns">
        <thead>
          <tr>
            <th>Column in {name}</th>
            <th>First value</th>
            <th>Fills</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((h, i) => (
            <tr key={`${i}-${h}`}>
              <td>{h}</td>
              <td className="muted">{(table.rows[0]?.cells[i] ?? '').slice(0, 60)}</td>
              <td>
                <select
                  aria-label={`Field for column ${i + 1} ${h}`}
                  value={mapping[i] ?? ''}
                  onChange={(e) => {
                    const field = TRACKER_FIELD_KEYS.find((k) => k === e.target.value) ?? null;
                    onChange({ ...settings, mapping: mapping.map((f, j) => (j === i ? field : f)) });
                  }}
                >
                  <option value="">(ignore)</option>
                  {TRACKER_FIELD_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {TRACKER_FIELDS[k]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {types.length > 0 && (
        <table className="simple-table sh-mapping" aria-label="Kinds">
          <thead>
            <tr>
              <th>Type in {name}</th>
              <th>Becomes a</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t}>
                <td>{t || '(no type)'}</td>
                <td>
                  <select
                    aria-label={`Kind for type ${t || '(no type)'}`}
                    value={kindOf(settings.kinds, t)}
                    onChange={(e) => {
                      const kind = TRACKED_KINDS.find((k) => k === e.target.value);
                      if (kind) onChange({ ...settings, kinds: { ...settings.kinds, [t]: kind } });
                    }}
                  >
                    {TRACKED_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {statuses.length > 0 && (
        <table className="simple-table sh-mapping" aria-label="Statuses">
          <thead>
            <tr>
              <th>Status in {name}</th>
              <th>For a</th>
              <th>Our status</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map(({ kind, value }) => (
              <tr key={`${kind}-${value}`}>
                <td>{value}</td>
                <td>{kind}</td>
                <td>
                  <select
                    aria-label={`Status of a ${kind} in ${value}`}
                    value={statusFor(settings.statuses, kind, value)}
                    onChange={(e) =>
                      onChange({
                        ...settings,
                        statuses: {
                          ...settings.statuses,
                          [kind]: { ...settings.statuses[kind], [value]: e.target.value },
                        },
                      })
                    }
                  >
                    {STATUSES_OF[kind].map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unknown.length > 0 && (
        <table className="simple-table sh-mapping" aria-label="Owners">
          <thead>
            <tr>
              <th>Assignee not on the map</th>
              <th>Owner in the record</th>
            </tr>
          </thead>
          <tbody>
            {unknown.map((n) => (
              <tr key={n}>
                <td>{n}</td>
                <td>
                  <select
                    aria-label={`Owner for ${n}`}
                    value={settings.owners?.[n] ?? file.program.sponsorId}
                    onChange={(e) =>
                      onChange({ ...settings, owners: { ...settings.owners, [n]: e.target.value } })
                    }
                  >
                    {people.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                        {p.id === file.program.sponsorId ? ' (sponsor)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
