/**
 * The window's edits and their undo and redo: `edit` computes the next program from the current
 * one and sends main only the difference, as JSON Patch operations (checked, rebased if the
 * program moved on, then saved), keeping the inverse operations for undo. Edits, undos and redos
 * run one at a time, in order; undo and redo follow items by id to the program as it is now.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { OpenDocument } from '../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../shared/ipc/envelope.ts';
import { diff, type Operation } from '../../../shared/ipc/operations.ts';
import { rebase } from '../../../shared/ipc/rebase.ts';
import type { ProgramFile } from '../../../shared/schema/program.ts';
import { ApiError, call } from '../api.ts';

/** One step of undo or redo: the operations that travel it, and the program they were made on. */
interface Step {
  label: string;
  ops: Operation[];
  on: ProgramFile;
}

/** How many steps undo remembers. */
const HISTORY_LIMIT = 200;

/** Any failure as the error the window shows. */
export function errorInfo(e: unknown): ErrorInfo {
  return e instanceof ApiError
    ? e.info
    : { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export interface EditHistory {
  /** Applies a change and saves it: true when saved; false when refused (the error is shown). */
  edit: (label: string, change: (file: ProgramFile) => ProgramFile) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Forgets every step (another file, a reload, a document replaced from elsewhere). */
  clear: () => void;
}

interface Wiring {
  /** The latest document (state in a closure would be stale for queued edits). */
  docRef: RefObject<OpenDocument | null>;
  /** Takes main's answer as the document, unless a newer one already arrived. */
  takeNewer: (next: OpenDocument) => void;
  setError: (error: ErrorInfo | null) => void;
}

export function useEditHistory({ docRef, takeNewer, setError }: Wiring): EditHistory {
  const [past, setPast] = useState<Step[]>([]);
  const [future, setFuture] = useState<Step[]>([]);
  const pastRef = useRef<Step[]>([]);
  const futureRef = useRef<Step[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const setHistory = useCallback((nextPast: Step[], nextFuture: Step[]) => {
    pastRef.current = nextPast.slice(-HISTORY_LIMIT);
    futureRef.current = nextFuture;
    setPast(pastRef.current);
    setFuture(nextFuture);
  }, []);

  /** Runs `work` after every earlier queued change. */
  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  /**
   * Sends the operations from `before` (the document's program) to `after`; resolves with the
   * operations back, for undo. After a refused save main may still hold the change (unsaved), so
   * the window takes main's document again before showing the error.
   */
  const send = useCallback(
    async (before: ProgramFile, after: ProgramFile): Promise<Operation[]> => {
      const current = docRef.current;
      if (!current) throw new ApiError({ code: 'no-file', message: 'No program file is open.' });
      const { operations, inverse } = diff(before, after);
      if (operations.length === 0) return inverse;
      try {
        const { file, ...meta } = await call('file:apply', {
          ops: operations,
          baseRevision: current.revision,
        });
        takeNewer({ ...meta, file: file ?? after });
      } catch (e) {
        if (e instanceof ApiError && (e.info.code === 'write-failed' || e.info.code === 'conflict')) {
          const now = await call('file:current', {}).catch(() => null);
          if (now) takeNewer(now);
        }
        throw e;
      }
      return inverse;
    },
    [docRef, takeNewer],
  );

  const edit = useCallback(
    (label: string, change: (file: ProgramFile) => ProgramFile) =>
      enqueue(async () => {
        const before = docRef.current?.file;
        if (!before) return false;
        try {
          const after = change(before);
          const inverse = await send(before, after);
          if (inverse.length > 0) setHistory([...pastRef.current, { label, ops: inverse, on: after }], []);
          setError(null);
          return true;
        } catch (e) {
          setError(errorInfo(e));
          return false;
        }
      }),
    [docRef, enqueue, send, setError, setHistory],
  );

  const travel = useCallback(
    (direction: 'undo' | 'redo') =>
      enqueue(async () => {
        const from = direction === 'undo' ? pastRef.current : futureRef.current;
        const step = from[from.length - 1];
        const current = docRef.current?.file;
        if (!step || !current) return;
        try {
          // The step was made on an earlier program: follow its items (by id) to the current one.
          const moved = rebase(step.on, current, step.ops);
          if (!moved.ok)
            throw new ApiError({
              code: 'conflict',
              message: `Cannot ${direction} ${step.label}: ${moved.conflict}.`,
            });
          const back = await send(current, moved.result);
          const returning = { label: step.label, ops: back, on: moved.result };
          if (direction === 'undo')
            setHistory(pastRef.current.slice(0, -1), [...futureRef.current, returning]);
          else setHistory([...pastRef.current, returning], futureRef.current.slice(0, -1));
          setError(null);
        } catch (e) {
          setError(errorInfo(e));
        }
      }),
    [docRef, enqueue, send, setError, setHistory],
  );

  // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y), except while typing, where the field's own undo wins.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
        return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        void travel(key === 'y' || e.shiftKey ? 'redo' : 'undo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [travel]);

  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);
  const clear = useCallback(() => setHistory([], []), [setHistory]);
  return {
    edit,
    undo,
    redo,
    clear,
    undoLabel: past[past.length - 1]?.label ?? null,
    redoLabel: future[future.length - 1]?.label ?? null,
  };
}
