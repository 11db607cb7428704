/** Finding things in a composed document tree, for the tests of the tailoring rules. */
import {
  blockText,
  docText,
  type Block,
  type ReportDoc,
  type TableBlock,
  type TableCell,
} from '../../../../shared/reports/model.ts';

export { docText };

/** The blocks under the first heading whose text starts with `title`, up to the next heading of its level or higher. */
export function section(doc: ReportDoc, title: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith(title));
  if (start < 0) return [];
  const head = doc.blocks[start] as Extract<Block, { type: 'heading' }>;
  const out: Block[] = [];
  for (const b of doc.blocks.slice(start + 1)) {
    if (b.type === 'heading' && b.level <= head.level) break;
    out.push(b);
  }
  return out;
}

/** All headings' texts. */
export function headings(doc: ReportDoc, level?: 1 | 2 | 3): string[] {
  return doc.blocks.flatMap((b) =>
    b.type === 'heading' && (level === undefined || b.level === level) ? [b.text] : [],
  );
}

/** The first table among `blocks`. */
export function firstTable(blocks: Block[]): TableBlock {
  const found = blocks.find((b): b is TableBlock => b.type === 'table');
  if (!found) throw new Error('no table in this section');
  return found;
}

/** A cell's text. */
export function cellText(c: TableCell | undefined): string {
  return (c?.runs ?? []).map((r) => r.text).join('');
}

/** The first line of each row's first cell (usually the item's title), without a checklist box or the topic mark. */
export function rowTitles(table: TableBlock): string[] {
  return table.rows.map((r) =>
    (cellText(r[0]).split('\n')[0] ?? '').replace(/^[☐☑] /, '').replace(/ · your topic$/, ''),
  );
}

/** Which rows are marked "your topic". */
export function topicRows(table: TableBlock): boolean[] {
  return table.rows.map((r) => (cellText(r[0]).split('\n')[0] ?? '').endsWith(' · your topic'));
}

/** The text of some blocks. */
export function textOf(blocks: Block[]): string {
  return blocks.flatMap(blockText).join('\n');
}
