/** The opening every document shares, "status and why", and "Since your last update". */
import { essential, firstSentence, phrase, type Ctx, type PhraseCtx } from '../context.ts';
import { b, bullets, heading, m, paragraph, t, type Block, type StatusBlock } from '../model.ts';
import { changesSinceLast, describeChange, type SnapshotChange } from '../../view/snapshot.ts';

function statusText(ctx: PhraseCtx & Pick<Ctx, 'file'>): string {
  const { program } = ctx.file;
  return phrase(ctx, { id: program.id, ...pick(program.status) }, 'status sentence');
}

function pick(p: { technical: string; business: string }): { technical: string; business: string } {
  return { technical: p.technical, business: p.business };
}

/** The overall status chip: RAG, trend and one sentence in the reader's language. */
export function statusChip(ctx: PhraseCtx & Pick<Ctx, 'file'>): StatusBlock {
  const { status } = ctx.file.program;
  const sentence = firstSentence(statusText(ctx));
  return { type: 'status', rag: status.rag, trend: status.trend, label: 'Overall status', text: sentence };
}

/**
 * The status beyond its first sentence (full detail only) and why the program exists, under
 * `title` (or right under the status chip when `title` is null). For a `headline` reader the
 * status sentence of the opening is the whole of it: why the status is what it is. Empty texts
 * are left out.
 */
export function statusAndWhy(ctx: Ctx, title: string | null): Block[] {
  const { program } = ctx.file;
  const blocks: Block[] = title === null ? [] : [heading(1, title)];
  const empty = blocks.length;
  const status = statusText(ctx).trim();
  const rest = status.slice(firstSentence(status).length).trim();
  if (ctx.detail === 'full' && rest) blocks.push(paragraph(rest));
  const why =
    ctx.detail === 'headline'
      ? ''
      : essential(ctx, phrase(ctx, { id: program.id, ...pick(program.why) }, 'why'));
  if (why) blocks.push(paragraph(b('Why this program: '), why));
  return blocks.length > empty ? blocks : [];
}

export { changesSinceLast, reportDay } from '../../view/snapshot.ts';

/**
 * "Since your last update": what was added, closed, or changed status or dates since the last
 * report to this reader, limited to what `relevant` keeps and to `cap` changes. Nothing when the
 * history holds no report to this reader. `compact` (one-page documents) puts it in one paragraph
 * instead of a section of bullets.
 */
export function sinceLastUpdate(
  ctx: Ctx,
  relevant: (c: SnapshotChange) => boolean,
  cap: number,
  compact = false,
): Block[] {
  const since = changesSinceLast(ctx);
  if (!since) return [];
  const title = `Since your last update (${since.date})`;
  const changes = since.compared ? since.changes.filter(relevant) : [];
  const lines = changes.slice(0, cap).map(describeChange);
  const more = changes.length - lines.length;
  const moreText = more > 0 ? `…and ${more} more ${more === 1 ? 'change' : 'changes'}.` : '';
  const empty = since.compared
    ? 'Nothing in this report has changed since then.'
    : 'That update recorded no snapshot to compare with.';
  if (compact) {
    const body = lines.length > 0 ? `${lines.join('; ')}.` : empty;
    return [paragraph(b(`${title}: `), t(body), ...(moreText ? [m(` ${moreText}`)] : []))];
  }
  if (lines.length === 0) return [heading(1, title), paragraph(since.compared ? empty : m(empty))];
  const blocks: Block[] = [heading(1, title), bullets(lines.map((line) => [t(line)]))];
  if (moreText) blocks.push(paragraph(m(moreText)));
  return blocks;
}
