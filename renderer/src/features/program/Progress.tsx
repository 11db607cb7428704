/** Progress from baseline to target, aware that lower is better when the target is below the baseline. */
import { isAtTarget, progressRatio } from '../../../../shared/domain/progress.ts';
import './objectives.css';

interface Measured {
  baseline: number;
  target: number;
  current: number;
  unit: string;
}

const num = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });
const withUnit = (n: number, unit: string) =>
  unit === '%' ? `${num(n)}%` : unit ? `${num(n)} ${unit}` : num(n);

export function ProgressBar({ m, label, compact }: { m: Measured; label: string; compact?: boolean }) {
  const ratio = progressRatio(m);
  const done = isAtTarget(m);
  const lower = m.target < m.baseline;
  const pct = Math.round(ratio * 100);
  return (
    <div className="kr-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}% of the way from ${withUnit(m.baseline, m.unit)} to ${withUnit(m.target, m.unit)}`}
      >
        <div
          className={done ? 'progress__bar progress__bar--done' : 'progress__bar'}
          style={{ width: `${pct}%` }}
        />
      </div>
      <span className="kr-progress__text small">
        {done ? (
          <strong className="at-target">at target ✓</strong>
        ) : (
          <>
            <strong>{pct}%</strong> of the way
          </>
        )}{' '}
        <span className="muted" hidden={compact}>
          {withUnit(m.baseline, m.unit)} → {withUnit(m.current, m.unit)} → {withUnit(m.target, m.unit)}
          {lower ? ' · lower is better' : m.target === m.baseline ? ' · hold the level' : ''}
        </span>
      </span>
    </div>
  );
}
