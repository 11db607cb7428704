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

/**
 * `value` in en-US digits, commas between thousands, at most `maxFraction` decimals rounded half
 * away from zero, as `Intl.NumberFormat('en-US')` writes it; null where we leave it to Intl (not
 * finite, or so large or small that JavaScript writes it with an exponent). Why by hand: a
 * process's first Intl number format loads ICU's locale data, 15-40 ms of a cold `liaison report`
 * here, for digits and commas. Like ICU, it rounds the shortest decimal that reads back as the
 * same double (`String(value)`), so 1.005 reads "1.01"; words.test.ts holds it to Intl.
 */
function enDigits(value: number, maxFraction: number): string | null {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs >= 1e21 || (abs !== 0 && abs < 1e-6)) return null;
  const [whole = '0', fraction = ''] = String(abs).split('.');
  let digits = whole + fraction.slice(0, maxFraction).padEnd(maxFraction, '0');
  if ((fraction[maxFraction] ?? '0') >= '5') {
    // Carry the rounding up through the digits: 9.999 -> 10.00.
    const d = digits.split('');
    let i = d.length - 1;
    while (i >= 0 && d[i] === '9') d[i--] = '0';
    if (i < 0) d.unshift('1');
    else d[i] = String(Number(d[i]) + 1);
    digits = d.join('');
  }
  const intPart = digits.slice(0, digits.length - maxFraction) || '0';
  const fracPart = digits.slice(digits.length - maxFraction).replace(/0+$/, '');
  const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fracPart ? `.${fracPart}` : ''}`;
}

/** A number as a reader reads it: `1,200`, `2.84`. */
export function formatNumber(value: number): string {
  return enDigits(value, 2) ?? value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** `2.84` with its unit: `2.84%`, `790 ms`, `0` for counts. */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  if (unit === '%') return `${n}%`;
  if (unit === '' || unit === 'count') return n;
  return `${n} ${unit}`;
}

/**
 * The narrow symbols `Intl.NumberFormat('en-US', { currencyDisplay: 'narrowSymbol' })` writes for
 * the currencies programs are budgeted in most, so an amount in them needs no Intl (see `enDigits`);
 * words.test.ts checks each against Intl. Any other code goes through Intl.
 */
export const MONEY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CAD: '$',
  AUD: '$',
  INR: '₹',
};

/** An amount of money: `$1,200,000`, or `XYZ 1,200,000` for a code the platform does not know. */
export function formatMoney(amount: number, currency: string): string {
  const symbol = MONEY_SYMBOLS[currency];
  const digits = symbol === undefined ? null : enDigits(amount, 0);
  if (digits !== null) return digits.startsWith('-') ? `-${symbol}${digits.slice(1)}` : `${symbol}${digits}`;
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
