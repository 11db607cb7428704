/**
 * A user's own Word template (.docx or .dotx) as the look of every document: its styles part
 * (word/styles.xml) is read once when chosen and handed to the renderer.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from './errors.ts';

/** The styles.xml of a .docx or .dotx; throws a clear message when the file is not one. */
export async function readWordStyles(path: string): Promise<string> {
  const name = basename(path);
  if (!/\.(docx|dotx)$/i.test(name))
    throw new AppError('bad-request', `${name} is not a Word document or template (.docx or .dotx).`);
  const bytes = await readFile(path).catch(() => {
    throw new AppError('not-found', `${path} cannot be read.`);
  });
  // fflate is loaded only here: a command without a template never evaluates it.
  const { unzipSync, strFromU8 } = await import('fflate');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(bytes), { filter: (f) => f.name === 'word/styles.xml' });
  } catch {
    throw new AppError('bad-request', `${name} is not a valid Word file (it does not unzip).`);
  }
  const styles = parts['word/styles.xml'];
  if (!styles) throw new AppError('bad-request', `${name} has no styles (word/styles.xml is missing).`);
  const xml = strFromU8(styles);
  if (!/<w:styles[\s>]/.test(xml))
    throw new AppError('bad-request', `${name}: word/styles.xml is not a styles part.`);
  return xml;
}
