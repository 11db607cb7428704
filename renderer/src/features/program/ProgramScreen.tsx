import { formatDate, formatRange } from '../../../../shared/domain/dates.ts';
import { personName } from '../../../../shared/domain/items.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { StatusChip } from '../../ui/StatusChip.tsx';

/** The program at a glance; the record editor comes with its own issue. */
export function ProgramScreen({ file }: { file: ProgramFile }) {
  const { program } = file;
  const money = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: program.budget.currency,
    maximumFractionDigits: 0,
  });
  return (
    <section className="screen" aria-labelledby="program-title">
      <header className="screen__head">
        <h2 id="program-title">Program</h2>
        <span className="muted">
          Reporting period {formatRange(program.period.start, program.period.end)} · Sponsor{' '}
          {personName(file, program.sponsorId)}
        </span>
      </header>
      <div className="cards">
        <article className="card">
          <h3>Status</h3>
          <StatusChip rag={program.status.rag} trend={program.status.trend} />
          <p>{program.status.business}</p>
          <p className="muted small">{program.status.technical}</p>
        </article>
        <article className="card">
          <h3>Why</h3>
          <p>{program.why.business}</p>
          <p className="muted small">{program.why.technical}</p>
        </article>
        <article className="card">
          <h3>Budget</h3>
          <dl className="facts">
            <dt>Planned</dt>
            <dd>{money.format(program.budget.planned)}</dd>
            <dt>Actual to date</dt>
            <dd>{money.format(program.budget.actualToDate)}</dd>
            <dt>Forecast</dt>
            <dd>{money.format(program.budget.forecast)}</dd>
          </dl>
        </article>
      </div>
      <h3>Milestones</h3>
      <ul className="plain-list">
        {file.milestones.map((m) => (
          <li key={m.id}>
            <span className={`dot dot--${m.status}`} aria-hidden /> <strong>{m.title}</strong>{' '}
            <span className="muted">
              {formatRange(m.window.earliest, m.window.latest)} · {m.status}
              {m.baseline ? ` · committed ${formatDate(m.baseline)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
