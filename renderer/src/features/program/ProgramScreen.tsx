/**
 * The program record editor: the program itself and every section of the record, each item in two
 * languages, with the honest-status panel on top. Every change goes through the document's `edit`
 * (validated and saved by main, undoable).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatRange } from '../../../../shared/domain/dates.ts';
import { personName } from '../../../../shared/domain/items.ts';
import { updateItem } from '../../../../shared/record/collections.ts';
import { missingBusiness } from '../../../../shared/record/phrasing.ts';
import { topicSuggestions } from '../../../../shared/record/topics.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { oneOf, usePersisted } from '../../app/persisted.ts';
import { ActionsSection, MetricsSection } from './ActionsSection.tsx';
import { ProgramContext, SECTION_LABELS, SECTIONS, type ProgramEditor, type SectionId } from './context.tsx';
import { DecisionsSection } from './DecisionsSection.tsx';
import { HonestPanel, sectionOf } from './HonestPanel.tsx';
import { MilestonesSection } from './MilestonesSection.tsx';
import { ObjectivesSection } from './ObjectivesSection.tsx';
import { OverviewSection } from './OverviewSection.tsx';
import { DependenciesSection, WinsSection } from './PhrasedSections.tsx';
import { RisksSection } from './RisksSection.tsx';
import { TrackerImport } from './TrackerImport.tsx';
import './program.css';

const BODIES: Record<SectionId, () => React.ReactNode> = {
  overview: OverviewSection,
  objectives: ObjectivesSection,
  milestones: MilestonesSection,
  risks: RisksSection,
  decisions: DecisionsSection,
  dependencies: DependenciesSection,
  wins: WinsSection,
  metrics: MetricsSection,
  actions: ActionsSection,
};

type Selection = Partial<Record<SectionId, string | null>>;
const isSection = oneOf(SECTIONS);
const isSelection = (value: unknown): value is Selection =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(value).every(([k, v]) => isSection(k) && (v === null || typeof v === 'string'));

function count(file: ProgramFile, section: SectionId): number | null {
  return section === 'overview' ? null : file[section].length;
}

export function ProgramScreen({ file }: { file: ProgramFile }) {
  const { info, edit } = useDocument();
  const today = info?.today ?? file.program.period.end;
  // The section and each section's selected item come back after a reload.
  const [section, setSection] = usePersisted<SectionId>('program.section', 'overview', isSection);
  const [selection, setSelection] = usePersisted<Selection>('program.selection', {}, isSelection);
  const [scrollTo, setScrollTo] = useState<{ id: string; block: ScrollLogicalPosition; n: number } | null>(
    null,
  );

  const go = useCallback(
    (next: SectionId, id: string | null, block: ScrollLogicalPosition = 'nearest') => {
      setSection(next);
      setSelection({ ...selection, [next]: id });
      if (id) setScrollTo((prev) => ({ id, block, n: (prev?.n ?? 0) + 1 }));
    },
    [selection, setSection, setSelection],
  );

  // Bring the opened item into view once it has rendered.
  useEffect(() => {
    if (!scrollTo) return;
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById(`detail-${scrollTo.id}`);
      el?.scrollIntoView({ block: scrollTo.block });
      el?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollTo]);

  const people = useMemo(
    () => [...file.stakeholders].sort((a, b) => a.name.localeCompare(b.name)),
    [file.stakeholders],
  );
  const topics = useMemo(() => topicSuggestions(file), [file]);
  const missing = useMemo(() => {
    const bySection = new Map<SectionId, number>();
    for (const m of missingBusiness(file)) {
      const s = sectionOf(file, m.id);
      bySection.set(s, (bySection.get(s) ?? 0) + 1);
    }
    return bySection;
  }, [file]);

  const editor = useMemo<ProgramEditor>(
    () => ({
      file,
      today,
      people,
      topics,
      selectedId: selection[section] ?? null,
      select: (s, id) => go(s, id),
      edit,
      patch: (collection, id, label, change) => edit(label, (f) => updateItem(f, collection, id, change)),
    }),
    [file, today, people, topics, selection, section, go, edit],
  );
  const Body = BODIES[section];
  const { program } = file;

  return (
    <ProgramContext.Provider value={editor}>
      <section className="screen program-screen" aria-labelledby="program-title">
        <header className="screen__head">
          <h2 id="program-title">Program record</h2>
          <span className="muted">
            Reporting period {formatRange(program.period.start, program.period.end)} · Sponsor{' '}
            {personName(file, program.sponsorId)}
          </span>
          <TrackerImport file={file} today={today} />
        </header>
        <HonestPanel
          file={file}
          today={today}
          onGo={(s, id) => go(s, s === 'overview' ? program.id : id, 'start')}
        />
        <div className="program-layout">
          <nav className="section-nav" aria-label="Record sections">
            {SECTIONS.map((s) => {
              const n = count(file, s);
              const gaps = missing.get(s) ?? 0;
              return (
                <button
                  key={s}
                  type="button"
                  className={
                    s === section ? 'section-nav__item section-nav__item--active' : 'section-nav__item'
                  }
                  aria-current={s === section ? 'page' : undefined}
                  onClick={() => setSection(s)}
                >
                  <span>{SECTION_LABELS[s]}</span>
                  {gaps > 0 && (
                    <span className="section-nav__gap" title={`${gaps} without business phrasing`}>
                      {gaps}
                    </span>
                  )}
                  {n !== null && <span className="section-nav__count">{n}</span>}
                </button>
              );
            })}
          </nav>
          <div className="section-main" aria-label={SECTION_LABELS[section]} role="region">
            <h3 className="section-title">{SECTION_LABELS[section]}</h3>
            <Body />
          </div>
        </div>
      </section>
    </ProgramContext.Provider>
  );
}
