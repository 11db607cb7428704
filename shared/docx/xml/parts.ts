/**
 * The parts of a package that are the same for every document of a style set (styles, numbering
 * definitions, theme, settings, font table, footnotes, endnotes, properties, relationships,
 * content types), exactly as docx writes them for a skeleton document (skeleton.ts), deflated once.
 * Ours (normal or one-page) are generated ahead of time; a user's styles.xml is packed on first
 * use. A small cache holds them, keyed by the style set.
 */
import type { ReportDoc } from '../../reports/model.ts';
import { BUILTIN_STYLE_SETS } from './builtin-parts.generated.ts';
import { loadCodec, utf8 } from './package.ts';
import type { BuiltinStyleSet, StyleSet, StyleSetParts } from './style-set.ts';

/** The writer names the parts it writes by this (render.ts). */
export type { VariablePart } from './style-set.ts';

const MAX_STYLE_SETS = 8;
const cache = new Map<string, Promise<StyleSetParts>>();

/** The style-set parts of a generated module, as the writer uses them (see `BuiltinStyleSet`). */
function fromBuiltin(set: BuiltinStyleSet): StyleSetParts {
  const { entries, ...openings } = set;
  return {
    ...openings,
    entries: entries.map(({ name, constant }) =>
      constant
        ? {
            name,
            constant: {
              name: utf8(name),
              crc: constant.crc,
              size: constant.size,
              deflated: fromBase64(constant.deflated),
            },
          }
        : { name },
    ),
  };
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Our own style set for `fit`, as `npm run gen:docx-parts` made it with docx. */
export function builtinStyleSetParts(fit: ReportDoc['fit']): StyleSetParts {
  return fromBuiltin(BUILTIN_STYLE_SETS[fit ?? 'normal']);
}

/**
 * Our style sets come ready-made (builtin-parts.generated.ts), so a document in them never loads
 * docx; a user's styles are packed by docx (skeleton.ts, imported only then).
 */
async function build(set: StyleSet): Promise<StyleSetParts> {
  if (set.styles === undefined) return builtinStyleSetParts(set.fit);
  const { buildStyleSetParts } = await import('./skeleton.ts');
  return buildStyleSetParts(set);
}

/**
 * The constant parts of a style set, built on first use and kept (the last few style sets). The
 * deflate the writer zips with is loaded by then too (see `loadCodec`).
 */
export async function styleSetParts(set: StyleSet): Promise<StyleSetParts> {
  await loadCodec();
  return cachedStyleSetParts(set);
}

function cachedStyleSetParts(set: StyleSet): Promise<StyleSetParts> {
  const key = `${set.fit ?? 'normal'}\u0000${set.styles ?? ''}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const parts = build(set);
  cache.set(key, parts);
  parts.catch(() => {
    if (cache.get(key) === parts) cache.delete(key);
  });
  if (cache.size > MAX_STYLE_SETS) cache.delete(cache.keys().next().value ?? key);
  return parts;
}
