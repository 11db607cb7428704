/**
 * The .docx package: a style set's constant parts and a document's own parts, zipped with
 * fflate under the same part names, in the same order, as docx writes them.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { StyleSetParts, VariablePart } from './parts.ts';

/** The zip of a document: its own parts (by name) in place among the style set's constant ones. */
export function packageDocx(set: StyleSetParts, own: Readonly<Record<VariablePart, string>>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of set.entries) {
    const part = data ?? own[name as VariablePart];
    files[name] = typeof part === 'string' ? strToU8(part) : part;
  }
  return zipSync(files);
}
