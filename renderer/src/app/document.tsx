/** The open program as React state: loaded from main, replaced by every successful call. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, OpenDocument } from '../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../shared/ipc/envelope.ts';
import { ApiError, call } from '../api.ts';

interface DocumentState {
  info: AppInfo | null;
  doc: OpenDocument | null;
  recent: string[];
  /** The last error to show the user, with the problems behind it. */
  error: ErrorInfo | null;
  busy: boolean;
  open: (path?: string) => Promise<void>;
  create: (path?: string) => Promise<void>;
  saveAs: (path?: string) => Promise<void>;
  dismissError: () => void;
  /** Takes a newer copy of the open document from a call that changed it. */
  replaceDocument: (next: OpenDocument) => void;
}

const DocumentContext = createContext<DocumentState | null>(null);

export function DocumentProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) });
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
        setDoc(d);
        setRecent(r);
      },
      (e: unknown) =>
        live && setError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const adopt = useCallback(
    async (next: OpenDocument | null) => {
      if (next) setDoc(next);
      await refreshRecent();
    },
    [refreshRecent],
  );

  const value = useMemo<DocumentState>(
    () => ({
      info,
      doc,
      recent,
      error,
      busy,
      open: (path) => run(async () => adopt(await call('file:open', path ? { path } : {}))),
      create: (path) => run(async () => adopt(await call('file:new', path ? { path } : {}))),
      saveAs: (path) => run(async () => adopt(await call('file:saveAs', path ? { path } : {}))),
      dismissError: () => setError(null),
      replaceDocument: (next) =>
        setDoc((current) => (current && current.revision > next.revision ? current : next)),
    }),
    [info, doc, recent, error, busy, run, adopt],
  );
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}

export function useDocument(): DocumentState {
  const state = useContext(DocumentContext);
  if (!state) throw new Error('useDocument outside DocumentProvider');
  return state;
}
