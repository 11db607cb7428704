/** The document tree as Markdown, only so pandoc can render the same content for comparison. */
import type { Block, ReportDoc, Run } from '../shared/reports/model.ts';

const runs = (rs: Run[]) =>
  rs
    .map((r) => (r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text))
    .join('')
    .replace(/\n/g, ' ');
const cell = (rs: Run[]) => runs(rs).replace(/\|/g, '\\|');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${b.text}`;
    case 'paragraph':
      return runs(b.runs);
    case 'bullets':
      return b.items
        .map((i, n) => `${'  '.repeat(i.level ?? 0)}${b.ordered ? `${n + 1}.` : '-'} ${runs(i.runs)}`)
        .join('\n');
    case 'status':
      return `**${b.rag.toUpperCase()}** (${b.trend}): ${b.text}`;
    case 'table': {
      const head = `| ${b.columns.map((c) => c.title).join(' | ')} |`;
      const rule = `|${b.columns.map(() => '---').join('|')}|`;
      const rows = b.rows.map((r) => `| ${r.map((c) => cell(c.runs)).join(' | ')} |`);
      return [head, rule, ...rows].join('\n');
    }
  }
}

export function toMarkdown(doc: ReportDoc): string {
  return [`# ${doc.programName}`, `${doc.title} · ${doc.subtitle}`, ...doc.blocks.map(block)].join('\n\n');
}
