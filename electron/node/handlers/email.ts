/** Reading .eml files the window chose or had dropped on it (their bytes arrive as base64). */
import type { Handlers } from '../dispatch.ts';
import { readEmls } from '../eml.ts';

export function emailHandlers(): Pick<Handlers, 'email:read'> {
  return {
    'email:read': ({ files }) =>
      readEmls(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }))),
  };
}
