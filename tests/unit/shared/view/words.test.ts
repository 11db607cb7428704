import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, MONEY_SYMBOLS } from '../../../../shared/view/words.ts';

// What the documents wrote before numbers were formatted by hand: Intl is the reference.
const intlNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const intlMoney = (n: number, currency: string) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(n);

describe('formatNumber', () => {
  it('writes what Intl writes for en-US, on the edges', () => {
    const edges = [
      0,
      -0,
      1,
      -1,
      0.5,
      0.005,
      0.004999,
      1.005,
      1.015,
      2.675,
      9.995,
      99.999,
      999.995,
      999_999.996,
      1234.5,
      -1234.567,
      12_345_678.9,
      0.1 + 0.2,
      1e-6,
      1.5e-6,
      123e18,
      9.99e20,
      1e21,
      5e-7,
      -0.001,
      Number.MAX_SAFE_INTEGER,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (const n of edges) expect(formatNumber(n), String(n)).toBe(intlNumber(n));
  });

  it('writes what Intl writes for any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (n) => formatNumber(n) === intlNumber(n)),
      { numRuns: 5_000 },
    );
  });

  it('writes what Intl writes for the values programs hold: cents, percentages, counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom(1, 10, 100, 1000, 8),
        (k, d) => formatNumber(k / d) === intlNumber(k / d),
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('formatMoney', () => {
  it('writes each symbol it knows as Intl does, rounding to whole units', () => {
    const amounts = [0, 1, 999.5, 1000, -2500.49, 1_200_000, 0.5, -0.4, 12_345_678.5];
    for (const currency of Object.keys(MONEY_SYMBOLS))
      for (const n of amounts)
        expect(formatMoney(n, currency), `${currency} ${n}`).toBe(intlMoney(n, currency));
  });

  it('leaves other currencies to Intl, and a code Intl refuses as code and digits', () => {
    expect(formatMoney(1500, 'CHF')).toBe(intlMoney(1500, 'CHF'));
    expect(formatMoney(1500, 'SEK')).toBe(intlMoney(1500, 'SEK'));
    expect(formatMoney(1500, 'not a code')).toBe('not a code 1,500');
  });

  it('writes what Intl writes for any amount in dollars', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        (n) => formatMoney(n, 'USD') === intlMoney(n, 'USD'),
      ),
      { numRuns: 2_000 },
    );
  });
});
