/**
 * The document tree as an email body: HTML with inline styles and real tables (with `bgcolor`
 * beside the CSS for older Outlook), so it pastes into Outlook and survives mail clients that drop
 * style sheets. Every string is escaped.
 */
import { sanitizeText } from '../render/text.ts';
import {
  fitRow,
  periodLine,
  type Block,
  type ReportDoc,
  type Run,
  type StatusBlock,
  type TableBlock,
} from './model.ts';
import { COLORS, RAG_CHIP, TONE_FILLS, TREND_MARK } from '../render/palette.ts';

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/** Escapes text for HTML content and attribute values; newlines become `<br>`. */
export function escapeHtml(text: string): string {
  return sanitizeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\n/g, '<br>');
}

function run(r: Run): string {
  let html = escapeHtml(r.text);
  if (r.muted) html = `<span style="color:#${COLORS.muted};font-size:12px;">${html}</span>`;
  if (r.italic) html = `<i>${html}</i>`;
  if (r.bold) html = `<b>${html}</b>`;
  return html;
}

const runs = (rs: Run[]): string => rs.map(run).join('');

const HEADING_STYLE = {
  1: `font-size:18px;color:#${COLORS.navy};border-bottom:1px solid #${COLORS.rule};padding-bottom:2px;margin:20px 0 8px;`,
  2: `font-size:15px;color:#${COLORS.accent};margin:16px 0 6px;`,
  3: `font-size:13px;color:#${COLORS.text};margin:12px 0 4px;`,
} as const;

function table(block: TableBlock): string {
  const sum = block.columns.reduce((a, c) => a + Math.max(c.width, 1), 0);
  const cellStyle = `${FONT}font-size:13px;border:1px solid #${COLORS.border};padding:4px 6px;vertical-align:top;text-align:left;`;
  const head = block.columns
    .map(
      (c) =>
        `<th bgcolor="#${COLORS.headerFill}" width="${Math.round((Math.max(c.width, 1) / sum) * 100)}%" style="${cellStyle}background:#${COLORS.headerFill};color:#${COLORS.headerText};">${escapeHtml(c.title)}</th>`,
    )
    .join('');
  const body = block.rows
    .map((row) => {
      const cells = fitRow(row, block.columns.length).map((c) => {
        const fill = c.tone ? TONE_FILLS[c.tone] : undefined;
        const bg = fill ? ` bgcolor="#${fill}"` : '';
        const span = c.span > 1 ? ` colspan="${c.span}"` : '';
        return `<td${bg}${span} style="${cellStyle}${fill ? `background:#${fill};` : ''}">${runs(c.runs)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;width:100%;margin:4px 0 12px;"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function status(block: StatusBlock): string {
  const chip = RAG_CHIP[block.rag];
  return (
    `<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;width:100%;margin:8px 0 12px;"><tr>` +
    `<td bgcolor="#${chip.fill}" width="110" style="${FONT}background:#${chip.fill};color:#${chip.text};padding:8px 10px;vertical-align:middle;">` +
    `<b style="font-size:16px;">${escapeHtml(block.rag.toUpperCase())}</b><br><span style="font-size:12px;">${TREND_MARK[block.trend]} ${escapeHtml(block.trend)}</span></td>` +
    `<td bgcolor="#${COLORS.chipText}" style="${FONT}background:#${COLORS.chipText};padding:8px 10px;font-size:14px;vertical-align:middle;">` +
    `<span style="color:#${COLORS.muted};font-size:12px;font-weight:bold;">${escapeHtml(block.label)}</span><br>${escapeHtml(block.text)}</td>` +
    `</tr></table>`
  );
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level} style="${FONT}${HEADING_STYLE[b.level]}">${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p style="${FONT}font-size:14px;margin:0 0 8px;">${runs(b.runs)}</p>`;
    case 'bullets': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items
        .map(
          (i) =>
            `<li style="margin:0 0 4px;${(i.level ?? 0) > 0 ? 'margin-left:20px;list-style-type:circle;' : ''}">${runs(i.runs)}</li>`,
        )
        .join('');
      return `<${tag} style="${FONT}font-size:14px;margin:0 0 8px;padding-left:22px;">${items}</${tag}>`;
    }
    case 'table':
      return table(b);
    case 'status':
      return status(b);
  }
}

/** The email body alone (a `<div>`), to paste into a message or show in a preview. */
export function renderHtmlBody(doc: ReportDoc): string {
  const meta = periodLine(doc);
  return (
    `<div style="${FONT}color:#${COLORS.text};max-width:760px;">` +
    `<h1 style="${FONT}font-size:22px;color:#${COLORS.navy};margin:0 0 2px;">${escapeHtml(doc.programName)}</h1>` +
    `<p style="${FONT}font-size:15px;color:#${COLORS.accent};margin:0 0 2px;"><b>${escapeHtml(doc.title)}</b> · ${escapeHtml(doc.subtitle)}</p>` +
    `<p style="${FONT}font-size:12px;color:#${COLORS.muted};margin:0 0 10px;">${escapeHtml(meta)}</p>` +
    doc.blocks.map(block).join('\n') +
    `</div>`
  );
}

/** A complete HTML document around the email body (for the clipboard's text/html flavour). */
export function renderHtml(doc: ReportDoc): string {
  const title = escapeHtml(`${doc.programName} – ${doc.title}`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${renderHtmlBody(doc)}</body></html>`;
}
