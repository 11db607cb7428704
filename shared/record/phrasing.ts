/**
 * The "two languages": items a business reader would get in technical words because their business
 * phrasing is empty. The app marks each one.
 */
import type { ProgramFile } from '../schema/program.ts';

export interface Phrasings {
  technical: string;
  business: string;
}

/** True when the business phrasing is empty (or only spaces). */
export function lacksBusiness(item: Phrasings): boolean {
  return item.business.trim() === '';
}

export type PhrasedKind = 'program' | 'milestone' | 'risk' | 'dependency' | 'win';

export interface MissingBusiness {
  kind: PhrasedKind;
  id: string;
  /** What is missing, for the user: `milestone "Go live"`, `the program's why`. */
  label: string;
}

/** Every phrased item without its business phrasing: the program's why and status, then the items. */
export function missingBusiness(file: ProgramFile): MissingBusiness[] {
  const { program } = file;
  const out: MissingBusiness[] = [];
  if (lacksBusiness(program.why)) out.push({ kind: 'program', id: program.id, label: "the program's why" });
  if (lacksBusiness(program.status))
    out.push({ kind: 'program', id: program.id, label: "the program's status" });
  const items = [
    ['milestone', file.milestones],
    ['risk', file.risks],
    ['dependency', file.dependencies],
    ['win', file.wins],
  ] as const;
  for (const [kind, list] of items)
    for (const x of list) if (lacksBusiness(x)) out.push({ kind, id: x.id, label: `${kind} "${x.title}"` });
  return out;
}
