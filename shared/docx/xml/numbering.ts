/**
 * The list instances of one document, numbered as docx numbers them: `w:numId` 1 is docx's own
 * default bullet list, then each (list, instance) gets the next id when its first item is
 * written. numbering.xml is the style set's constant definitions followed by these instances.
 */
import { NUMBERING, type LISTS } from '../styles.ts';

type ListReference = (typeof LISTS)[keyof typeof LISTS];

interface Instance {
  numId: number;
  abstractNumId: number;
  levels: ReadonlyArray<{ level: number; start: number }>;
}

/** The list instances one document uses, in the order it first uses them. */
export class ListInstances {
  private readonly used = new Map<string, Instance>();
  private lastInstance = 0;

  /** A new instance for a numbered list, so its numbering starts at 1 again. */
  nextInstance(): number {
    return ++this.lastInstance;
  }

  /** The `w:numId` of a list instance, given one the first time it is asked for. */
  numId(reference: ListReference, instance: number): number {
    const key = `${reference}-${instance}`;
    let found = this.used.get(key);
    if (!found) {
      const index = NUMBERING.config.findIndex((c) => c.reference === reference);
      const config = NUMBERING.config[index];
      found = {
        numId: this.used.size + 2,
        // docx's default bullet list is abstract 1; ours follow in the order NUMBERING gives them.
        abstractNumId: index + 2,
        levels: (config?.levels ?? [{ level: 0 }]).map((l) => ({ level: l.level, start: l.start ?? 1 })),
      };
      this.used.set(key, found);
    }
    return found.numId;
  }

  /** The `w:num` elements of the instances used, after docx's default one. */
  xml(): string {
    let xml = '';
    for (const { numId, abstractNumId, levels } of this.used.values()) {
      xml += `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>`;
      for (const { level, start } of levels)
        xml += `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;
      xml += '</w:num>';
    }
    return xml;
  }
}
