/** The program itself: name, why, sponsor, reporting period, overall status and budget. */
import { parseTitle, periodProblem } from '../../../../shared/record/fields.ts';
import { RAG, TRENDS, type Program } from '../../../../shared/schema/program.ts';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { useProgram } from './context.tsx';
import { DateField, Field, NumberField, SelectField, TextField } from '../../ui/Fields.tsx';
import { PhrasingsField } from './phrasings.tsx';
import { PersonField } from './pickers.tsx';

/** Amounts in the budget's currency; a code Intl does not know falls back to a plain number. */
function moneyFormat(currency: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    return new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  }
}

export function OverviewSection() {
  const { file, edit } = useProgram();
  const { program } = file;
  const change = (what: string, next: (p: Program) => Program) =>
    void edit(`edit program ${what}`, (f) => ({ ...f, program: next(f.program) }));
  const money = moneyFormat(program.budget.currency);
  const variance = program.budget.forecast - program.budget.planned;
  return (
    <div className="section-body" id={`detail-${program.id}`}>
      <div className="form-grid">
        <TextField
          label="Program name"
          value={program.name}
          wide
          validate={(t) => {
            const r = parseTitle(t, 'The program name');
            return r.ok ? null : r.message;
          }}
          onCommit={(name) => change('name', (p) => ({ ...p, name: name.trim() }))}
        />
        <PersonField
          label="Sponsor"
          value={program.sponsorId}
          onChange={(sponsorId) => change('sponsor', (p) => ({ ...p, sponsorId }))}
        />
        <DateField
          label="Period start"
          value={program.period.start}
          validate={(d) => periodProblem(d, program.period.end)}
          onCommit={(start) => change('period', (p) => ({ ...p, period: { ...p.period, start } }))}
        />
        <DateField
          label="Period end"
          value={program.period.end}
          validate={(d) => periodProblem(program.period.start, d)}
          onCommit={(end) => change('period', (p) => ({ ...p, period: { ...p.period, end } }))}
        />
      </div>

      <h3>Why</h3>
      <PhrasingsField
        technical={program.why.technical}
        business={program.why.business}
        what="program's why"
        onCommit={(which, text) => change('why', (p) => ({ ...p, why: { ...p.why, [which]: text } }))}
      />

      <h3 className="row-start">
        Overall status <StatusChip rag={program.status.rag} trend={program.status.trend} />
      </h3>
      <div className="form-grid">
        <SelectField
          label="Red / amber / green"
          value={program.status.rag}
          options={RAG}
          onChange={(rag) => change('status', (p) => ({ ...p, status: { ...p.status, rag } }))}
        />
        <SelectField
          label="Trend"
          value={program.status.trend}
          options={TRENDS}
          onChange={(trend) => change('trend', (p) => ({ ...p, status: { ...p.status, trend } }))}
        />
      </div>
      <PhrasingsField
        technical={program.status.technical}
        business={program.status.business}
        what="status"
        onCommit={(which, text) =>
          change('status text', (p) => ({ ...p, status: { ...p.status, [which]: text } }))
        }
      />

      <h3>Budget</h3>
      <div className="form-grid">
        <TextField
          label="Currency"
          value={program.budget.currency}
          validate={(t) =>
            /^[A-Z]{3}$/.test(t.trim()) ? null : 'Use a three-letter currency code, such as USD or EUR.'
          }
          onCommit={(currency) =>
            change('currency', (p) => ({ ...p, budget: { ...p.budget, currency: currency.trim() } }))
          }
        />
        <NumberField
          label="Planned"
          value={program.budget.planned}
          onCommit={(planned) => change('budget', (p) => ({ ...p, budget: { ...p.budget, planned } }))}
        />
        <NumberField
          label="Actual to date"
          value={program.budget.actualToDate}
          onCommit={(actualToDate) =>
            change('budget', (p) => ({ ...p, budget: { ...p.budget, actualToDate } }))
          }
        />
        <NumberField
          label="Forecast"
          value={program.budget.forecast}
          onCommit={(forecast) => change('budget', (p) => ({ ...p, budget: { ...p.budget, forecast } }))}
        />
        <Field label="Forecast against plan">
          <span className={variance > 0 ? 'over-budget' : 'within-budget'} data-testid="budget-variance">
            {variance > 0
              ? `${money.format(variance)} over`
              : variance < 0
                ? `${money.format(-variance)} under`
                : 'on plan'}
          </span>
        </Field>
      </div>
    </div>
  );
}
