/**
 * A compile-time guard for the web project (tsconfig.web.json: the renderer and shared/): Node's
 * types must not be in it, or `process.env` in shared/ and `Buffer` in renderer/ would type-check.
 * If a dependency's types pull @types/node back in (as @types/papaparse and docx's did), these
 * expected errors disappear and `tsc -b` fails here.
 */

// @ts-expect-error `process` is Node's, not the window's.
export type NodeProcess = typeof process;
// @ts-expect-error `Buffer` is Node's, not the window's.
export type NodeBuffer = typeof Buffer;
