/**
 * The mapping table of an import: one row per column (or per value found), the last cell a choice.
 * The CSV of people and the tracker export both show which column fills which field with it.
 */
import type { CsvTable } from '../../../../shared/csv/parse.ts';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceRow {
  key: string;
  /** The cells before the choice. */
  cells: string[];
  /** The choice's accessible name. */
  label: string;
  value: string;
  options: readonly Choice[];
  onChange: (value: string) => void;
}

/** A table whose last column is a choice per row; nothing when there are no rows. */
export function ChoiceTable({ label, heads, rows }: { label: string; heads: string[]; rows: ChoiceRow[] }) {
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

/**
 * Which column of the file fills which field: each header with its first value and a choice of
 * field, or "(ignore)". A header that appears more than once (a tracker's repeated "Labels")
 * makes every choice name its column number, so each stays tellable apart.
 */
/** The choices of a column mapping: the fields a column can fill and the mapping as it stands. */
export interface ColumnChoices<K extends string> {
  /** The field each column fills, by column; null for ignored. */
  mapping: readonly (K | null)[];
  fields: readonly K[];
  labelOf: (field: K) => string;
  onChange: (next: (K | null)[]) => void;
}

export function ColumnMapping<K extends string>({
  name,
  table,
  mapping,
  fields,
  labelOf,
  onChange,
}: ColumnChoices<K> & { name: string; table: CsvTable }) {
  const numbered = new Set(table.headers).size < table.headers.length;
  const options: Choice[] = [
    { value: '', label: '(ignore)' },
    ...fields.map((k) => ({ value: k, label: labelOf(k) })),
  ];
  return (
    <ChoiceTable
      label="Columns"
      heads={[`Column in ${name}`, 'First value', 'Fills']}
      rows={table.headers.map((h, i) => ({
        key: `${i}-${h}`,
        cells: [h, (table.rows[0]?.cells[i] ?? '').slice(0, 60)],
        label: numbered ? `Field for column ${i + 1} ${h}` : `Field for column ${h}`,
        value: mapping[i] ?? '',
        options,
        onChange: (v) => {
          const field = fields.find((k) => k === v) ?? null;
          onChange(table.headers.map((_, j) => (j === i ? field : (mapping[j] ?? null))));
        },
      }))}
    />
  );
}
