/**
 * Which places of a list changed between two versions of it. Programs are immutable and an edit
 * replaces only the items it changes, so a list derived item by item (the rows of a table, the
 * names on a list) can be carried over from the last version with only those places done again:
 * no work proportional to 10,000 people after an edit of one.
 */

/**
 * The indices where `next` holds another object than `prev`, when both have the same length and
 * at most `most` places differ; null otherwise (items added, removed or moved, or many changed:
 * derive the whole list again).
 */
export function changedIndices<T>(prev: readonly T[], next: readonly T[], most = 64): number[] | null {
  if (prev.length !== next.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++)
    if (prev[i] !== next[i]) {
      if (changed.length === most) return null;
      changed.push(i);
    }
  return changed;
}
