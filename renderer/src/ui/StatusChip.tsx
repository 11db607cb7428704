import type { Rag, Trend } from '../../../shared/schema/program.ts';

const TREND_ARROW: Record<Trend, string> = { improving: '↗', steady: '→', worsening: '↘' };
const RAG_LABEL: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** Red/amber/green with its trend, in words as well as colour. */
export function StatusChip({ rag, trend }: { rag: Rag; trend?: Trend }) {
  return (
    <span className={`chip chip--${rag}`} data-testid="status-chip">
      {RAG_LABEL[rag]}
      {trend && (
        <span className="chip__trend" title={trend}>
          {' '}
          {TREND_ARROW[trend]} {trend}
        </span>
      )}
    </span>
  );
}
