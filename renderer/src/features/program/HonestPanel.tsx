/**
 * The honest-status panel of product.md: what would make a document less than honest (a red or
 * amber status without a business sentence, a green program with a troubled critical-path
 * milestone) and items a business reader would get in technical words. Each links to its item.
 */
import { useState } from 'react';
import { indexItems } from '../../../../shared/domain/items.ts';
import { COLLECTION_OF } from '../../../../shared/record/collections.ts';
import { missingBusiness } from '../../../../shared/record/phrasing.ts';
import { honestStatusWarnings } from '../../../../shared/reports/warnings.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import type { SectionId } from './context.tsx';

/** The section showing item `id` (the program's own id: the Program section). */
export function sectionOf(file: ProgramFile, id: string): SectionId {
  if (id === file.program.id) return 'overview';
  const ref = indexItems(file).get(id);
  return ref ? COLLECTION_OF[ref.kind] : 'overview';
}

const SHOWN = 6;

export function HonestPanel({
  file,
  today,
  onGo,
}: {
  file: ProgramFile;
  today: string;
  onGo: (section: SectionId, id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const warnings = honestStatusWarnings(file, today);
  const missing = missingBusiness(file);
  if (warnings.length === 0 && missing.length === 0)
    return (
      <p className="honest honest--clear" role="status" aria-label="Honest status">
        <span aria-hidden>✓</span> Honest status: nothing to flag. Every status has its business sentence, and
        no troubled critical-path milestone hides behind the overall colour.
      </p>
    );
  const go = (id: string) => onGo(sectionOf(file, id), id);
  const shown = all ? missing : missing.slice(0, SHOWN);
  return (
    <section className="honest" aria-label="Honest status">
      <h3>Honest status</h3>
      {warnings.length > 0 && (
        <ul className="honest__list">
          {warnings.map((w) => (
            <li key={`${w.kind}:${w.itemId}`} className="honest__warning">
              <span>{w.message}</span>{' '}
              <button type="button" className="link" onClick={() => go(w.itemId)}>
                Go to it
              </button>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <div className="honest__missing">
          <span>
            {missing.length} {missing.length === 1 ? 'item has' : 'items have'} no business phrasing; business
            readers would get the technical text:
          </span>{' '}
          {shown.map((m, i) => (
            <span key={`${m.id}:${m.label}`}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => go(m.id)}>
                {m.label}
              </button>
            </span>
          ))}
          {missing.length > SHOWN && (
            <>
              {' '}
              <button type="button" className="link" onClick={() => setAll(!all)}>
                {all ? 'show fewer' : `and ${missing.length - SHOWN} more`}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
