/**
 * What every part of the Program screen shares: the file, today, the people to pick from, topic
 * suggestions, which item is selected, and one way to change an item (through the document's edit).
 */
import { createContext, useContext } from 'react';
import type { IsoDate } from '../../../../shared/domain/dates.ts';
import type { ItemOf, RecordCollection } from '../../../../shared/record/collections.ts';
import { RECORD_COLLECTIONS } from '../../../../shared/record/collections.ts';
import type { ProgramFile, Stakeholder } from '../../../../shared/schema/program.ts';

/** The screen's sections, in the order of its navigation. */
export const SECTIONS = ['overview', ...RECORD_COLLECTIONS] as const;
export type SectionId = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<SectionId, string> = {
  overview: 'Program',
  objectives: 'Objectives',
  milestones: 'Milestones',
  risks: 'Risks',
  decisions: 'Decisions',
  dependencies: 'Dependencies',
  wins: 'Wins',
  metrics: 'Metrics',
  actions: 'Actions',
};

export interface ProgramEditor {
  file: ProgramFile;
  today: IsoDate;
  /** Stakeholders sorted by name, for owner and people pickers. */
  people: Stakeholder[];
  /** Topics already used in the file, most used first. */
  topics: string[];
  /** The selected item of the shown section, if any. */
  selectedId: string | null;
  /** Shows `section` with item `id` selected (its form open and scrolled to). */
  select: (section: SectionId, id: string | null) => void;
  /** Any change to the program, saved through the store; resolves false when refused. */
  edit: (label: string, change: (file: ProgramFile) => ProgramFile) => Promise<boolean>;
  /** Changes one item: `change` gets the latest copy of it. */
  patch: <C extends RecordCollection>(
    collection: C,
    id: string,
    label: string,
    change: (item: ItemOf<C>) => ItemOf<C>,
  ) => Promise<boolean>;
}

export const ProgramContext = createContext<ProgramEditor | null>(null);

export function useProgram(): ProgramEditor {
  const value = useContext(ProgramContext);
  if (!value) throw new Error('useProgram outside the Program screen');
  return value;
}
