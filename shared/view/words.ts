/** How a status, a number and an amount of money read, in every document and on every screen. */

const WORDS: Record<string, string> = {
  planned: 'Planned',
  'on-track': 'On track',
  'at-risk': 'At risk',
  late: 'Late',
  done: 'Done',
  open: 'Open',
  mitigating: 'Mitigating',
  closed: 'Closed',
  occurred: 'Occurred',
  blocked: 'Blocked',
  decided: 'Decided',
  met: 'Met',
  unlinked: 'Not linked',
  'over-plan': 'Over plan',
  'within-plan': 'Within plan',
  improving: 'improving',
  steady: 'steady',
  worsening: 'worsening',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  blocker: 'Blocker',
};

/** A status value as words: `on-track` as "On track". */
export function statusWord(status: string): string {
  return WORDS[status] ?? status;
}

/** A number as a reader reads it: `1,200`, `2.84`. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** `2.84` with its unit: `2.84%`, `790 ms`, `0` for counts. */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  if (unit === '%') return `${n}%`;
  if (unit === '' || unit === 'count') return n;
  return `${n} ${unit}`;
}

/** An amount of money: `$1,200,000`, or `XYZ 1,200,000` for a code the platform does not know. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  }
}
