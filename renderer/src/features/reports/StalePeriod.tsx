/**
 * The reporting period is over: said before anything is written, with "Start next period", which
 * moves it forward by its own length as one edit (Ctrl+Z takes it back).
 */
import { formatRange } from '../../../../shared/domain/dates.ts';
import { nextPeriod, stalePeriodMessage, startNextPeriod } from '../../../../shared/domain/period.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';

export function StalePeriod({
  file,
  today,
  onMoved,
}: {
  file: ProgramFile;
  today: string;
  onMoved?: () => void;
}) {
  const { edit } = useDocument();
  const { period } = file.program;
  const message = stalePeriodMessage(period, today);
  if (!message) return null;
  const next = nextPeriod(period);
  const nextText = formatRange(next.start, next.end);
  return (
    <div className="warning-panel row-between" role="status" aria-label="Reporting period">
      <span>
        <strong>{message}</strong> Documents written now still show {formatRange(period.start, period.end)}.
      </span>
      <button
        type="button"
        onClick={() =>
          void edit(`Start the next period (${nextText})`, startNextPeriod).then((ok) => ok && onMoved?.())
        }
      >
        Start next period ({nextText})
      </button>
    </div>
  );
}
