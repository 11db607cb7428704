/**
 * The program file format of data-model.md as zod schemas. Types are derived from these, never
 * written twice. Every object is `looseObject`: fields this version does not know are kept on load
 * and written back on save ("Fields may be added; unknown fields are kept on save").
 */
import { z } from 'zod';
import { isIsoDate, isLocalDateTime } from '../domain/dates.ts';

/** The newest program-file version this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 2;

export const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
const localDateTime = z
  .string()
  .refine(isLocalDateTime, { message: 'expected a local date and time as YYYY-MM-DDTHH:mm' });
const id = z.string().min(1, { message: 'expected a non-empty id' });
const ids = z.array(id);
const text = z.string();
const topics = z.array(z.string());

export const RAG = ['green', 'amber', 'red'] as const;
export const TRENDS = ['improving', 'steady', 'worsening'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const MILESTONE_STATUSES = ['planned', 'on-track', 'at-risk', 'late', 'done'] as const;
export const RISK_STATUSES = ['open', 'mitigating', 'closed', 'occurred'] as const;
export const DECISION_STATUSES = ['open', 'decided'] as const;
export const DEPENDENCY_STATUSES = ['on-track', 'at-risk', 'blocked', 'done'] as const;
export const METRIC_KINDS = ['engineering', 'customer', 'business'] as const;
export const ACTION_STATUSES = ['open', 'done'] as const;
export const GROUPS = [
  'sponsor',
  'executive',
  'manager',
  'core-team',
  'peer',
  'partner',
  'functional',
  'customer',
] as const;
export const STANCES = ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const;
export const STAKEHOLDER_TEMPLATES = [
  'executive-brief',
  'status-update',
  'technical-update',
  'partner-update',
] as const;
/** The five document kinds: the four reader templates and the meeting checklist. */
export const TEMPLATES = [...STAKEHOLDER_TEMPLATES, 'meeting-checklist'] as const;
export const LANGUAGES = ['business', 'technical'] as const;
export const DETAILS = ['headline', 'summary', 'full'] as const;
export const CHANNELS = ['email', 'document', 'meeting', 'chat'] as const;
export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'as-needed'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'concerned', 'negative'] as const;
/** Where a tracker import found an item (version 2). */
export const SOURCES = ['jira', 'linear', 'github', 'csv'] as const;
export const COMMUNICATION_STATUSES = ['planned', 'done', 'skipped'] as const;
/** The word an expectation links to for the program's budget (version 2), beside item ids. */
export const BUDGET_LINK = 'budget';

const likertMessage = { message: 'expected a whole number from 1 to 5' };
const likert = z.number().int(likertMessage).min(1, likertMessage).max(5, likertMessage);

export const phrasingsShape = { technical: text, business: text };

/** A tracker's key and where it came from, on items a tracker import made (version 2). */
const trackedShape = {
  externalKey: z.string().min(1, { message: 'expected a non-empty tracker key' }).optional(),
  source: z.enum(SOURCES).optional(),
};

export const programSchema = z.looseObject({
  id,
  name: z.string().min(1, { message: 'the program needs a name' }),
  why: z.looseObject(phrasingsShape),
  sponsorId: id,
  period: z.looseObject({ start: isoDate, end: isoDate }),
  status: z.looseObject({ rag: z.enum(RAG), trend: z.enum(TRENDS), ...phrasingsShape }),
  budget: z.looseObject({
    currency: z.string().min(1),
    planned: z.number(),
    actualToDate: z.number(),
    forecast: z.number(),
  }),
});

export const keyResultSchema = z.looseObject({
  id,
  title: text,
  unit: text,
  baseline: z.number(),
  target: z.number(),
  current: z.number(),
});

export const objectiveSchema = z.looseObject({ id, title: text, keyResults: z.array(keyResultSchema) });

export const milestoneSchema = z.looseObject({
  id,
  title: text,
  ownerId: id,
  window: z.looseObject({ earliest: isoDate, likely: isoDate, latest: isoDate }),
  baseline: isoDate.optional(),
  changeReason: text.optional(),
  confidence: z.enum(LEVELS),
  status: z.enum(MILESTONE_STATUSES),
  criticalPath: z.boolean(),
  dependsOn: ids,
  assumptions: z.array(text),
  topics,
  ...phrasingsShape,
  ...trackedShape,
});

export const riskSchema = z.looseObject({
  id,
  title: text,
  likelihood: likert,
  impact: likert,
  status: z.enum(RISK_STATUSES),
  trend: z.enum(TRENDS),
  ownerId: id,
  topics,
  ...phrasingsShape,
  mitigation: text,
  internal: z.boolean().optional(),
  ...trackedShape,
});

export const optionSchema = z.looseObject({ id, title: text, tradeoffs: text });

export const decisionSchema = z.looseObject({
  id,
  title: text,
  context: text,
  options: z.array(optionSchema),
  recommendation: z.string(),
  deciderIds: ids,
  neededBy: isoDate,
  status: z.enum(DECISION_STATUSES),
  outcome: z.string(),
});

export const dependencySchema = z.looseObject({
  id,
  title: text,
  team: text,
  ownerId: id,
  neededBy: isoDate,
  status: z.enum(DEPENDENCY_STATUSES),
  topics,
  ...phrasingsShape,
  ...trackedShape,
});

export const winSchema = z.looseObject({ id, date: isoDate, title: text, topics, ...phrasingsShape });

export const metricSchema = z.looseObject({
  id,
  title: text,
  kind: z.enum(METRIC_KINDS),
  unit: text,
  baseline: z.number(),
  current: z.number(),
  target: z.number(),
  objectiveId: z.string(),
});

export const actionSchema = z.looseObject({
  id,
  title: text,
  ownerId: id,
  due: isoDate,
  status: z.enum(ACTION_STATUSES),
  owedToIds: ids,
  ...trackedShape,
});

export const expectationSchema = z.looseObject({ id, text, linkedIds: ids });

export const interactionSchema = z.looseObject({
  date: isoDate,
  channel: text,
  summary: text,
  sentiment: z.enum(SENTIMENTS),
  /** An imported email's Message-ID: the same message is never added twice (version 2). */
  messageId: z.string().min(1).optional(),
  subject: text.optional(),
});

export const preferencesSchema = z.looseObject({
  template: z.enum(STAKEHOLDER_TEMPLATES),
  language: z.enum(LANGUAGES),
  detail: z.enum(DETAILS),
  channel: z.enum(CHANNELS),
  cadence: z.enum(CADENCES),
  topics,
});

export const stakeholderSchema = z.looseObject({
  id,
  name: z.string().min(1, { message: 'a stakeholder needs a name' }),
  title: text,
  organization: text,
  email: text,
  group: z.enum(GROUPS),
  influence: z.enum(LEVELS),
  interest: z.enum(LEVELS),
  stance: z.enum(STANCES),
  external: z.boolean().optional(),
  preferences: preferencesSchema,
  expectations: z.array(expectationSchema),
  interactions: z.array(interactionSchema).default([]),
  /** Private: never leaves the app. */
  notes: text,
  lastUpdateAt: isoDate.optional(),
});

export const checklistItemSchema = z.looseObject({ id, text, done: z.boolean(), sourceId: z.string() });

export const meetingSchema = z.looseObject({
  id,
  title: text,
  start: localDateTime,
  attendeeIds: ids,
  agenda: z.array(text),
  checklist: z.array(checklistItemSchema).optional(),
});

export const reportSchema = z.looseObject({
  id,
  generatedAt: z.string(),
  /** The day the report was made for (`--today` included); older records have only `generatedAt`. */
  forDate: isoDate.optional(),
  template: z.enum(TEMPLATES),
  stakeholderIds: ids,
  fileName: text,
  /** The record items the report showed, so the next one to the same reader can say what changed. */
  snapshot: z.record(z.string(), z.unknown()),
});

/** A planned one-off touchpoint of the communication plan (version 2). */
export const communicationSchema = z.looseObject({
  id,
  date: isoDate,
  stakeholderIds: ids,
  purpose: text,
  channel: z.enum(CHANNELS),
  template: z.enum(STAKEHOLDER_TEMPLATES).optional(),
  status: z.enum(COMMUNICATION_STATUSES),
});

export const programFileSchema = z.looseObject({
  schemaVersion: z.number().int().min(1),
  program: programSchema,
  objectives: z.array(objectiveSchema),
  milestones: z.array(milestoneSchema),
  risks: z.array(riskSchema),
  decisions: z.array(decisionSchema),
  dependencies: z.array(dependencySchema),
  wins: z.array(winSchema),
  metrics: z.array(metricSchema),
  actions: z.array(actionSchema),
  stakeholders: z.array(stakeholderSchema),
  meetings: z.array(meetingSchema),
  reports: z.array(reportSchema),
  communications: z.array(communicationSchema).default([]),
});

export type ProgramFile = z.infer<typeof programFileSchema>;
export type Program = z.infer<typeof programSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type KeyResult = z.infer<typeof keyResultSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionOption = z.infer<typeof optionSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Win = z.infer<typeof winSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
export type Interaction = z.infer<typeof interactionSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ReportRecord = z.infer<typeof reportSchema>;
export type Communication = z.infer<typeof communicationSchema>;
export type Source = (typeof SOURCES)[number];
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

export type Rag = (typeof RAG)[number];
export type Trend = (typeof TRENDS)[number];
export type Level = (typeof LEVELS)[number];
export type Template = (typeof TEMPLATES)[number];
export type StakeholderTemplate = (typeof STAKEHOLDER_TEMPLATES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Detail = (typeof DETAILS)[number];
export type Cadence = (typeof CADENCES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Group = (typeof GROUPS)[number];
export type Stance = (typeof STANCES)[number];
export type Sentiment = (typeof SENTIMENTS)[number];
