/**
 * The colours every renderer shares (Word, HTML email), as hex without '#'. A neutral home below
 * both shared/reports and shared/docx, so neither imports the other for them.
 */
import type { Rag } from '../schema/program.ts';

/**
 * A status colour for a table cell: the three RAG colours, `blue` for finished (done, met,
 * decided) and `grey` for neutral (planned, unlinked).
 */
export type Tone = 'red' | 'amber' | 'green' | 'blue' | 'grey';
export const TONES = ['red', 'amber', 'green', 'blue', 'grey'] as const;

export const COLORS = {
  text: '262626',
  muted: '6B6B6B',
  navy: '1F3864',
  accent: '2E5597',
  rule: 'B4C2DC',
  border: 'BFC7D5',
  headerFill: '1F3864',
  headerText: 'FFFFFF',
  zebra: 'F5F7FA',
  chipText: 'F2F4F7',
} as const;

/** Cell fills for status tones: soft enough to read black text on, clear enough to scan. */
export const TONE_FILLS: Record<Tone, string> = {
  red: 'F4C7C3',
  amber: 'FCE3B0',
  green: 'CFE8D1',
  blue: 'D6E4F5',
  grey: 'E7E8EA',
};

/** The status chip's solid colour and the text colour that reads on it. */
export const RAG_CHIP: Record<Rag, { fill: string; text: string }> = {
  red: { fill: 'B42318', text: 'FFFFFF' },
  amber: { fill: 'F0A500', text: '2B1D00' },
  green: { fill: '2E7D32', text: 'FFFFFF' },
};

/** The trend as a mark: ▲ improving, ► steady, ▼ worsening. */
export const TREND_MARK = { improving: '▲', steady: '►', worsening: '▼' } as const;
