/**
 * The pre-meeting checklist (`meeting-checklist`): per attendee, their expectations with standing
 * (at-risk first, with the cause), the decisions needed from them, the open actions we owe them
 * (overdue first), what changed on their topics since their last update, and how they like to be
 * spoken to; then the meeting's agenda. Never anyone's notes.
 */
import { dueStatus } from '../domain/cadence.ts';
import { formatDate, type IsoDate } from '../domain/dates.ts';
import { QUADRANT_LABELS, quadrantOf } from '../domain/quadrant.ts';
import { attendeeBrief, meetingAttendees, type AttendeeBrief } from '../meetings/attendees.ts';
import type { Meeting, ProgramFile } from '../schema/program.ts';
import { describeChange, takeSnapshot } from '../view/snapshot.ts';
import { TEMPLATE_TITLES, makeDoc, type ComposedReport } from './compose.ts';
import { countedLine, makeCtx, type Ctx } from './context.ts';
import { statusWord } from './format.ts';
import { b, bullets, cell, heading, m, paragraph, t, table, type Block, type TableCell } from './model.ts';
import { actionTable, decisionBlocks, expectationTable } from './sections/asks.ts';
import { statusChip } from './sections/status.ts';
import { honestStatusWarnings, type ReportWarning } from './warnings.ts';

/** One attendee's part of the document: their context, and what the meeting goes through with them. */
interface Attendee {
  ctx: Ctx;
  brief: AttendeeBrief;
}

const none = (text: string): Block => paragraph(m(text));

/** "24 Nov 2026 at 15:00" from a meeting start. */
function when(start: string): string {
  const [day = '', time = ''] = start.split('T');
  return `${formatDate(day)} at ${time}`;
}

function changedSection({ news }: AttendeeBrief): Block[] {
  if (news.compared) {
    const { changes } = news;
    return [
      heading(3, `Changed since their last update (${news.date})`),
      changes.length > 0
        ? bullets(changes.slice(0, PER_ATTENDEE).map((c) => [t(describeChange(c))]))
        : none('Nothing on their topics or behind their expectations has changed.'),
      ...(changes.length > PER_ATTENDEE
        ? [countedLine(changes.length - PER_ATTENDEE, ['change', 'changes'])]
        : []),
    ];
  }
  // No snapshot to compare with: the wins on their topics dated after their last update are
  // still certainly news to them.
  const last = news.lastUpdate;
  const title = heading(
    3,
    last ? `Changed since their last update (${formatDate(last)})` : 'Changed since their last update',
  );
  const { wins } = news;
  const note = none('No earlier report to them in the history to compare with.');
  if (wins.length === 0) return [title, note];
  const shown = bullets(
    wins.slice(0, PER_ATTENDEE).map((w) => [t(`New: win "${w.title}" (${formatDate(w.date)})`)]),
  );
  const more = wins.length > PER_ATTENDEE ? [countedLine(wins.length - PER_ATTENDEE, ['win', 'wins'])] : [];
  return [title, shown, ...more, note];
}

const CADENCE_WORDS: Record<string, string> = {
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'as-needed': 'as needed',
};

function preferencesSection(ctx: Ctx): Block[] {
  const p = ctx.reader;
  const prefs = p.preferences;
  const due = dueStatus(p, ctx.today);
  const last = p.lastUpdateAt ? formatDate(p.lastUpdateAt) : 'never';
  const next = due.due ? 'due now' : due.nextDue ? `next due ${formatDate(due.nextDue)}` : 'no fixed cadence';
  return [
    heading(3, 'How they like to hear from us'),
    bullets([
      [
        b('Stance: '),
        t(
          `${statusWord(p.stance)}; influence ${p.influence}, interest ${p.interest} (${QUADRANT_LABELS[quadrantOf(p)].toLowerCase()})`,
        ),
      ],
      [
        b('Prefers: '),
        t(
          `${TEMPLATE_TITLES[prefs.template].toLowerCase()}, ${prefs.language} language, ${prefs.detail} detail, by ${prefs.channel}, ${CADENCE_WORDS[prefs.cadence] ?? prefs.cadence}`,
        ),
      ],
      [b('Topics: '), t(prefs.topics.length > 0 ? prefs.topics.join(', ') : 'none recorded')],
      [b('Last update: '), t(`${last} (${next})`)],
    ]),
  ];
}

/** Attendees with a part of their own; the others are in the overview table only (ten pages at most). */
const DETAILED_ATTENDEES = 10;

/** At most this many items of each kind per attendee, so a large meeting stays within ten pages. */
const PER_ATTENDEE = 6;

const BOX = '☐ ';
const TICKED = '☑ ';

/** The box before an item, ticked when the meeting's prepared checklist has it done. */
function boxFor(meeting: Meeting): (sourceId: string) => string {
  const done = new Set((meeting.checklist ?? []).filter((i) => i.done && i.sourceId).map((i) => i.sourceId));
  return (sourceId) => (done.has(sourceId) ? TICKED : BOX);
}

/** A box before each bullet (the changes to go through). Muted sentences ("None.") are not items. */
function boxed(block: Block): Block {
  return block.type === 'bullets'
    ? { ...block, items: block.items.map((i) => ({ ...i, runs: [t(BOX), ...i.runs] })) }
    : block;
}

/**
 * One attendee's part. Every item a TPM ticks off has its box (☑ when the meeting's prepared
 * checklist has it done): each expectation, each decision's title, each action we owe, each change.
 */
function attendeeSection({ ctx, brief }: Attendee, meeting: Meeting): Block[] {
  const box = boxFor(meeting);
  const p = ctx.reader;
  const blocks: Block[] = [heading(2, p.title.trim() ? `${p.name}, ${p.title.trim()}` : p.name)];

  blocks.push(heading(3, 'What they expect'));
  blocks.push(expectationTable(ctx, p, PER_ATTENDEE, box) ?? none('No expectations recorded.'));
  if (p.expectations.length > PER_ATTENDEE)
    blocks.push(countedLine(p.expectations.length - PER_ATTENDEE, ['expectation', 'expectations']));

  const { decisions, owed } = brief;
  blocks.push(heading(3, 'Decisions needed from them'));
  if (decisions.length === 0) blocks.push(none('None.'));
  for (const d of decisions.slice(0, PER_ATTENDEE))
    blocks.push(
      ...decisionBlocks(ctx, d).map((block) =>
        block.type === 'heading' ? { ...block, text: `${box(d.id)}${block.text}` } : block,
      ),
    );
  if (decisions.length > PER_ATTENDEE)
    blocks.push(countedLine(decisions.length - PER_ATTENDEE, ['decision', 'decisions']));

  blocks.push(heading(3, 'What we owe them'));
  blocks.push(
    owed.length > 0 ? actionTable(ctx, owed.slice(0, PER_ATTENDEE), 'owner', box) : none('Nothing open.'),
  );
  if (owed.length > PER_ATTENDEE) blocks.push(countedLine(owed.length - PER_ATTENDEE, ['action', 'actions']));

  blocks.push(...changedSection(brief).map(boxed), ...preferencesSection(ctx));
  return blocks;
}

function overview(attendees: Attendee[]): Block[] {
  const rows = attendees.map(({ ctx, brief }): TableCell[] => {
    const p = ctx.reader;
    const atRisk = brief.expectations.filter((e) => e.standing.standing === 'at-risk').length;
    const { owed } = brief;
    const overdue = owed.filter((a) => a.due < ctx.today).length;
    return [
      cell([b(p.name), m(p.title ? `\n${p.title}` : '')]),
      cell(statusWord(p.stance)),
      cell(
        p.expectations.length > 0 ? `${atRisk} of ${p.expectations.length}` : '—',
        atRisk > 0 ? 'amber' : undefined,
      ),
      cell(String(brief.decisions.length)),
      cell(
        overdue > 0 ? `${owed.length} (${overdue} overdue)` : String(owed.length),
        overdue > 0 ? 'red' : undefined,
      ),
    ];
  });
  return [
    heading(1, 'Attendees'),
    table(
      [
        ['Attendee', 34],
        ['Stance', 14],
        ['Expectations at risk', 18],
        ['Decisions to make', 16],
        ['Actions owed to them', 18],
      ],
      rows,
    ),
  ];
}

function agenda(meeting: Meeting): Block[] {
  const blocks: Block[] = [heading(1, 'Agenda')];
  blocks.push(
    meeting.agenda.length > 0
      ? bullets(
          meeting.agenda.map((a) => [t(BOX), t(a)]),
          true,
        )
      : none('No agenda yet.'),
  );
  if (meeting.checklist && meeting.checklist.length > 0) {
    blocks.push(heading(2, 'Prepared checklist'));
    blocks.push(bullets(meeting.checklist.map((c) => [t(`${c.done ? '☑' : '☐'} ${c.text}`)])));
  }
  return blocks;
}

/**
 * Composes the checklist for a meeting. Attendee ids not on the map are skipped. Each attendee's
 * part is written in that attendee's language and, for an external attendee, without anything
 * internal. The opening status is in business language, the register of a meeting.
 */
export function composeChecklist(
  file: ProgramFile,
  meetingId: string,
  opts: { today: IsoDate },
): ComposedReport {
  const meeting = file.meetings.find((x) => x.id === meetingId);
  if (!meeting) throw new Error(`No meeting with id "${meetingId}" in this program.`);
  const warnings: ReportWarning[] = honestStatusWarnings(file, opts.today);
  const attendees = meetingAttendees(file, meeting).map((p): Attendee => {
    const ctx = makeCtx(file, p, 'meeting-checklist', opts.today, warnings);
    return { ctx, brief: attendeeBrief(ctx) };
  });
  const chip = statusChip({ file, language: 'business', warnings, reader: { name: 'the meeting' } });
  const blocks: Block[] = [chip];
  if (attendees.length > 0) blocks.push(...overview(attendees));
  for (const a of attendees.slice(0, DETAILED_ATTENDEES)) blocks.push(...attendeeSection(a, meeting));
  if (attendees.length > DETAILED_ATTENDEES)
    blocks.push(
      countedLine(attendees.length - DETAILED_ATTENDEES, [
        'attendee in the overview only',
        'attendees in the overview only',
      ]),
    );
  blocks.push(...agenda(meeting));
  const doc = makeDoc(
    file,
    'meeting-checklist',
    { id: meeting.id, name: meeting.title },
    `${meeting.title} · ${when(meeting.start)}`,
    opts.today,
    blocks,
  );
  return { doc, snapshot: takeSnapshot(file), warnings };
}
