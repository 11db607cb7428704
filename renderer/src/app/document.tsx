/**
 * The open program as React state. Every change goes through `edit`: it computes the next program
 * from the current one and sends main only the difference, as JSON Patch operations (checked,
 * rebased if the program moved on, then saved), keeping the inverse operations for undo. Edits
 * run one at a time, in order. When another writer saves the file, main pushes the new program
 * (`file:changed`) and the window takes it without a reload; undo and redo follow items by id.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { AppInfo, ArgsOf, OpenDocument } from '../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../shared/ipc/envelope.ts';
import { formatDate } from '../../../shared/domain/dates.ts';
import { diff, type Operation } from '../../../shared/ipc/operations.ts';
import { rebase } from '../../../shared/ipc/rebase.ts';
import type { ProgramFile } from '../../../shared/schema/program.ts';
import { api, ApiError, call } from '../api.ts';

/** What File > New empty asks for (and, in the browser mode, the path to write). */
export type NewProgramRequest = ArgsOf<'file:newEmpty'>;

/** One step of undo or redo: the operations that travel it, and the program they were made on. */
interface Step {
  label: string;
  ops: Operation[];
  on: ProgramFile;
}

/** How many steps undo remembers. */
const HISTORY_LIMIT = 200;

export interface DocumentState {
  info: AppInfo | null;
  doc: OpenDocument | null;
  recent: string[];
  /** The last error to show the user, with the problems behind it. */
  error: ErrorInfo | null;
  busy: boolean;
  open: (path?: string) => Promise<void>;
  create: (path?: string) => Promise<void>;
  /** Writes an empty program (name, period, sponsor) to a new file and opens it. */
  createEmpty: (details: NewProgramRequest) => Promise<void>;
  saveAs: (path?: string) => Promise<void>;
  /** Writes what is in memory again (after a failed save). */
  save: () => Promise<void>;
  /** Reads the file again from disk, dropping what was not saved (after a conflict). */
  reload: () => Promise<void>;
  /** Restores a backup of the open file as an edit, which undo can take back. */
  restoreBackup: (id: string, takenAt: string) => Promise<boolean>;
  /** Writes a backup to a new file and opens it (the way back from a file that will not open). */
  restoreAs: (id: string, path?: string) => Promise<void>;
  dismissError: () => void;
  /** Shows an error from elsewhere in the app where every error is shown (with its actions). */
  report: (error: ErrorInfo) => void;
  /**
   * Takes a newer copy of the open document from a call that changed it (writing reports). Undo
   * history is cleared: stepping back past that change would silently drop it.
   */
  replaceDocument: (next: OpenDocument) => void;
  /**
   * Applies a change to the program and saves it. Resolves true when saved; false when refused
   * (the error, with its problems, is in `error`) and nothing changed.
   */
  edit: (label: string, change: (file: ProgramFile) => ProgramFile) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** What undo and redo would do, for their buttons ("Undo rename"), or null. */
  undoLabel: string | null;
  redoLabel: string | null;
}

const DocumentContext = createContext<DocumentState | null>(null);

function errorInfo(e: unknown): ErrorInfo {
  return e instanceof ApiError
    ? e.info
    : { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export function DocumentProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [past, setPast] = useState<Step[]>([]);
  const [future, setFuture] = useState<Step[]>([]);
  // The latest document and history, read by queued edits (state in a closure would be stale).
  const docRef = useRef<OpenDocument | null>(null);
  const pastRef = useRef<Step[]>([]);
  const futureRef = useRef<Step[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const setDocument = useCallback((next: OpenDocument | null) => {
    docRef.current = next;
    setDoc(next);
  }, []);
  const setHistory = useCallback((nextPast: Step[], nextFuture: Step[]) => {
    pastRef.current = nextPast.slice(-HISTORY_LIMIT);
    futureRef.current = nextFuture;
    setPast(pastRef.current);
    setFuture(nextFuture);
  }, []);

  /** Runs `work` after every earlier queued change. */
  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(errorInfo(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const refreshRecent = useCallback(async () => setRecent(await call('file:recent', {})), []);

  useEffect(() => {
    let live = true;
    Promise.all([call('app:info', {}), call('file:current', {}), call('file:recent', {})]).then(
      ([i, d, r]) => {
        if (!live) return;
        setInfo(i);
        setDocument(d);
        setRecent(r);
      },
      (e: unknown) => live && setError(errorInfo(e)),
    );
    return () => {
      live = false;
    };
  }, [setDocument]);

  /** A different file is open now: its history starts empty. */
  const adopt = useCallback(
    async (next: OpenDocument | null) => {
      if (next) {
        setDocument(next);
        setHistory([], []);
      }
      await refreshRecent();
    },
    [refreshRecent, setDocument, setHistory],
  );

  /** Takes a newer document (an answer, a push); an older one arriving late is ignored. */
  const takeNewer = useCallback(
    (next: OpenDocument) => {
      const current = docRef.current;
      if (current && current.path === next.path && next.revision < current.revision) return;
      setDocument(next);
    },
    [setDocument],
  );

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
    [takeNewer],
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
    [enqueue, send, setHistory],
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
    [enqueue, send, setHistory],
  );

  // Another writer saved the file: main pushes the program as it is now (unsaved work rebased).
  useEffect(() => api.on('file:changed', (next) => takeNewer(next)), [takeNewer]);

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

  const value = useMemo<DocumentState>(
    () => ({
      info,
      doc,
      recent,
      error,
      busy,
      open: (path) => run(async () => adopt(await call('file:open', path ? { path } : {}))),
      create: (path) => run(async () => adopt(await call('file:new', path ? { path } : {}))),
      createEmpty: (details) => run(async () => adopt(await call('file:newEmpty', details))),
      saveAs: (path) =>
        run(async () => {
          const next = await call('file:saveAs', path ? { path } : {});
          if (next) setDocument(next);
          await refreshRecent();
        }),
      save: () => run(async () => setDocument(await call('file:save', {}))),
      reload: () =>
        run(async () => {
          setDocument(await call('file:reload', {}));
          setHistory([], []);
        }),
      restoreBackup: async (id, takenAt) => {
        try {
          const program = await call('backups:read', { id });
          return await edit(
            `restore the backup of ${formatDate(takenAt.slice(0, 10))} ${takenAt.slice(11, 16)}`,
            () => program,
          );
        } catch (e) {
          setError(errorInfo(e));
          return false;
        }
      },
      restoreAs: (id, path) =>
        run(async () => adopt(await call('backups:restoreAs', path ? { id, path } : { id }))),
      dismissError: () => setError(null),
      report: (e) => setError(e),
      replaceDocument: (next) => {
        const current = docRef.current;
        if (current && next.revision < current.revision) return;
        setDocument(next);
        setHistory([], []);
      },
      edit,
      undo: () => travel('undo'),
      redo: () => travel('redo'),
      undoLabel: past[past.length - 1]?.label ?? null,
      redoLabel: future[future.length - 1]?.label ?? null,
    }),
    [
      info,
      doc,
      recent,
      error,
      busy,
      run,
      adopt,
      refreshRecent,
      setDocument,
      setHistory,
      edit,
      travel,
      past,
      future,
    ],
  );
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}

export function useDocument(): DocumentState {
  const state = useContext(DocumentContext);
  if (!state) throw new Error('useDocument outside DocumentProvider');
  return state;
}
