/** Writing documents from anywhere in the app, with progress, through the reports channels. */
import { useCallback, useState } from 'react';
import type { ArgsOf, GeneratedDocument } from '../../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { ApiError, call } from '../../api.ts';
import { useDocument } from '../../app/document.tsx';

export type Target = ArgsOf<'reports:generate'>['targets'][number];

export interface GenerationState {
  running: boolean;
  done: number;
  total: number;
  written: GeneratedDocument[];
  failed: Array<{ id: string; message: string }>;
  error: ErrorInfo | null;
}

const IDLE: GenerationState = { running: false, done: 0, total: 0, written: [], failed: [], error: null };
/** Documents per call: small enough for a lively progress bar, large enough to save once per chunk. */
const CHUNK = 5;

export function useGenerate() {
  const { replaceDocument, report } = useDocument();
  const [state, setState] = useState<GenerationState>(IDLE);

  /** Writes the documents (each report with its email draft); resolves to the final state. */
  const generate = useCallback(
    async (targets: Target[]): Promise<GenerationState> => {
      setState({ ...IDLE, running: true, total: targets.length });
      const written: GeneratedDocument[] = [];
      const failed: GenerationState['failed'] = [];
      const now = (running: boolean, error: ErrorInfo | null = null): GenerationState => ({
        running,
        done: written.length + failed.length,
        total: targets.length,
        written: [...written],
        failed: [...failed],
        error,
      });
      try {
        for (let i = 0; i < targets.length; i += CHUNK) {
          const result = await call('reports:generate', {
            targets: targets.slice(i, i + CHUNK),
            email: true,
          });
          written.push(...result.written);
          failed.push(...result.failed);
          replaceDocument(result.document);
          if (result.notRecorded) {
            // Shown where every error is, with its actions (reload after a conflict, say).
            report(result.notRecorded);
            break;
          }
          setState(now(true));
        }
        const done = now(false);
        setState(done);
        return done;
      } catch (e) {
        const stopped = now(false, e instanceof ApiError ? e.info : { code: 'internal', message: String(e) });
        setState(stopped);
        return stopped;
      }
    },
    [replaceDocument, report],
  );
  const reset = useCallback(() => setState(IDLE), []);
  return { state, generate, reset };
}

/** The remembered output folder, and choosing another. */
export function useOutputDir() {
  const [dir, setDir] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const load = useCallback(async () => setDir(await call('reports:outputDir', {})), []);
  const choose = useCallback(async (path?: string) => {
    try {
      const chosen = await call('reports:chooseOutputDir', path ? { path } : {});
      if (chosen) setDir(chosen);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) });
    }
  }, []);
  return { dir, load, choose, error };
}
