/** Timing helpers for `npm run bench`: run a step many times, print median and 95th percentile. */
export interface Figure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export async function measure(name: string, runs: number, step: () => unknown): Promise<Figure> {
  await step(); // warm-up: the first call in a process pays for loading and JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
  }
  return figureOf(name, times);
}

/** The value at quantile `q` of `values` (0.5: the median, the upper one of an even count); 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Median and 95th percentile of measured times (milliseconds). */
export function figureOf(name: string, times: number[]): Figure {
  return { name, runs: times.length, medianMs: median(times), p95Ms: quantile(times, 0.95) };
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures)
    console.log(
      `  ${f.name.padEnd(width)}  median ${f.medianMs.toFixed(2).padStart(8)} ms   p95 ${f.p95Ms.toFixed(2).padStart(8)} ms   (${f.runs} runs)`,
    );
}
