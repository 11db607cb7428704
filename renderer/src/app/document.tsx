/**
 * The open program as React state: opening, creating, saving as and reloading files, and the
 * document main pushes when another writer saved the file (`file:changed`), taken without a
 * reload. Every change goes through `edit` (edit-history.ts): only the difference travels, as
 * JSON Patch operations, with undo and redo.
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
import type { ProgramFile } from '../../../shared/schema/program.ts';
import { api, call } from '../api.ts';
import { errorInfo, useEditHistory } from './edit-history.ts';

/** What File > New empty asks for (and, in the browser mode, the path to write). */
export type NewProgramRequest = ArgsOf<'file:newEmpty'>;

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

export function DocumentProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  // The latest document, read by queued edits (state in a closure would be stale).
  const docRef = useRef<OpenDocument | null>(null);

  const setDocument = useCallback((next: OpenDocument | null) => {
    docRef.current = next;
    setDoc(next);
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

  /** Takes a newer document (an answer, a push); an older one arriving late is ignored. */
  const takeNewer = useCallback(
    (next: OpenDocument) => {
      const current = docRef.current;
      if (current && current.path === next.path && next.revision < current.revision) return;
      setDocument(next);
    },
    [setDocument],
  );

  const {
    edit,
    undo,
    redo,
    undoLabel,
    redoLabel,
    clear: clearHistory,
  } = useEditHistory({ docRef, takeNewer, setError });

  /** A different file is open now: its history starts empty. */
  const adopt = useCallback(
    async (next: OpenDocument | null) => {
      if (next) {
        setDocument(next);
        clearHistory();
      }
      await refreshRecent();
    },
    [refreshRecent, setDocument, clearHistory],
  );

  // Another writer saved the file: main pushes the program as it is now (unsaved work rebased).
  useEffect(() => api.on('file:changed', (next) => takeNewer(next)), [takeNewer]);

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
          clearHistory();
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
        clearHistory();
      },
      edit,
      undo,
      redo,
      undoLabel,
      redoLabel,
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
      clearHistory,
      edit,
      undo,
      redo,
      undoLabel,
      redoLabel,
    ],
  );
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}

export function useDocument(): DocumentState {
  const state = useContext(DocumentContext);
  if (!state) throw new Error('useDocument outside DocumentProvider');
  return state;
}
