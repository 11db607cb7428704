/**
 * The document tree as plain text for Slack or Teams: no markup beyond what reads well raw
 * (capitals for sections, bullets, one line per table row with its column names).
 */
import { sanitizeText } from '../render/text.ts';
import { fitRow, periodLine, type Block, type ReportDoc, type Run, type TableBlock } from './model.ts';

const RAG_MARK = { red: '🔴', amber: '🟠', green: '🟢' } as const;

/** Runs as one string; line breaks inside a run are kept, indented under the first line. */
function runs(rs: Run[], indent = ''): string {
  return sanitizeText(rs.map((r) => r.text).join('')).replace(/\n/g, `\n${indent}`);
}

/**
 * One line per row: the first cell, then "Column: value" for the rest that are not empty. A band
 * row (one cell across the table) is a plain line heading the rows under it.
 */
function table(block: TableBlock): string[] {
  const text = (rs: Run[]): string => sanitizeText(rs.map((r) => r.text).join(''));
  return block.rows.map((row) => {
    const cells = fitRow(row, block.columns.length);
    const [first, ...rest] = cells;
    if (first && cells.length === 1 && block.columns.length > 1)
      return text(first.runs).replace(/\n/g, ' — ');
    let column = first?.span ?? 1;
    const details: string[] = [];
    for (const c of rest) {
      const title = block.columns[column]?.title ?? '';
      column += c.span;
      const value = text(c.runs).replace(/\n/g, ', ');
      if (value.trim() !== '') details.push(`${title}: ${value}`);
    }
    const firstLine = text(first?.runs ?? []).replace(/\n/g, ' — ');
    return details.length > 0 ? `• ${firstLine}\n    ${details.join(' · ')}` : `• ${firstLine}`;
  });
}

function block(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      return b.level === 1 ? ['', sanitizeText(b.text).toUpperCase()] : ['', sanitizeText(b.text)];
    case 'paragraph':
      return [runs(b.runs)];
    case 'bullets':
      return b.items.map((item, i) => {
        const nested = (item.level ?? 0) > 0;
        const mark = b.ordered ? `${i + 1}.` : nested ? '  –' : '•';
        return `${mark} ${runs(item.runs, nested ? '    ' : '  ')}`;
      });
    case 'table':
      return table(b);
    case 'status':
      return [`${RAG_MARK[b.rag]} ${b.rag.toUpperCase()} (${b.trend}): ${sanitizeText(b.text)}`];
  }
}

/** The document as plain text. */
export function renderText(doc: ReportDoc): string {
  const head = [
    sanitizeText(doc.programName),
    sanitizeText(`${doc.title} · ${doc.subtitle}`),
    periodLine(doc),
    '',
  ];
  return (
    [...head, ...doc.blocks.flatMap(block)]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
