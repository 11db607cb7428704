/** A labelled select of the Reports screens (a reader, a template), with an optional "any" first choice. */
export function Choice<V extends string>({
  label,
  ariaLabel,
  value,
  options,
  none,
  onChange,
}: {
  label: string;
  ariaLabel?: string;
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  /** The label of the empty choice ("everyone", "their preference"), if there is one. */
  none?: string;
  onChange: (value: V | '') => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} aria-label={ariaLabel} onChange={(e) => onChange(e.target.value as V | '')}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every value as its own label. */
export const asOptions = <V extends string>(values: readonly V[]) =>
  values.map((v) => ({ value: v, label: v }));
