/** The document tree drawn in the app, as the reader will see it, before anything is written. */
import type { Block, ReportDoc, Run, TableCell } from '../../../../shared/reports/model.ts';
import { formatRange } from '../../../../shared/domain/dates.ts';
import { StatusChip } from '../../ui/StatusChip.tsx';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const lines = r.text.split('\n');
        const text = lines.flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]));
        const className = [r.bold && 'b', r.italic && 'i', r.muted && 'muted small']
          .filter(Boolean)
          .join(' ');
        return (
          <span key={i} className={className || undefined}>
            {text}
          </span>
        );
      })}
    </>
  );
}

function Cell({ cell, head }: { cell: TableCell; head?: boolean }) {
  const Tag = head ? 'th' : 'td';
  return (
    <Tag colSpan={cell.span} className={cell.tone ? `tone tone--${cell.tone}` : undefined}>
      <Runs runs={cell.runs} />
    </Tag>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const H = (['h3', 'h4', 'h5'] as const)[block.level - 1] ?? 'h5';
      return <H>{block.text}</H>;
    }
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'bullets': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i} className={item.level ? 'nested' : undefined}>
              <Runs runs={item.runs} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i}>{c.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <Cell key={j} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'status':
      return (
        <div className="doc-status">
          <StatusChip rag={block.rag} trend={block.trend} />
          <div>
            <div className="muted small">{block.label}</div>
            {block.text}
          </div>
        </div>
      );
  }
}

export function DocPreview({ doc }: { doc: ReportDoc }) {
  return (
    <article className="doc-preview" aria-label="Document preview">
      <h2>{doc.programName}</h2>
      <div className="doc-preview__sub">
        <strong>{doc.title}</strong> · {doc.subtitle}
      </div>
      <div className="muted small">Period {formatRange(doc.period.start, doc.period.end)}</div>
      {doc.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}
