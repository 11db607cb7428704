/**
 * Email capture in the window: .eml files chosen (the Stakeholders screen's button) or dropped
 * anywhere on the window are read by main (postal-mime), then shown before anything is logged:
 * who each message goes to, what is already in the log, the addresses not on the map (with a box
 * to add each one). "Log" is one edit, so one undo takes it all back.
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
import { describeCaptured, planEmailCapture } from '../../../../shared/email/capture.ts';
import type { EmailAddress } from '../../../../shared/email/message.ts';
import type { EmailReadResult } from '../../../../shared/ipc/contract.ts';
import { call } from '../../api.ts';
import { useDocument } from '../../app/document.tsx';
import './email.css';
import { DialogActions } from '../../ui/DialogActions.tsx';

const EmailCaptureContext = createContext<((files: File[]) => void) | null>(null);

/** A file's bytes as base64, read in the window (the same in Electron and the browser mode). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

/** The largest .eml read (as main's `email:read` accepts it). */
const MAX_EML_BYTES = 25 * 1024 * 1024;

/**
 * Reads the files one call each, so a batch of large messages never makes one oversized request;
 * a file over the limit is listed as not read.
 */
async function readAll(files: File[]): Promise<EmailReadResult> {
  const out: EmailReadResult = { messages: [], failed: [] };
  for (const f of files) {
    if (f.size > MAX_EML_BYTES) {
      out.failed.push({ name: f.name, message: `${f.name} is larger than 25 MB and was not read.` });
      continue;
    }
    const read = await call('email:read', { files: [{ name: f.name, base64: await base64Of(f) }] });
    out.messages.push(...read.messages);
    out.failed.push(...read.failed);
  }
  return out;
}

const isEml = (f: File) => /\.eml$/i.test(f.name) || f.type === 'message/rfc822';

/** Holds the capture for the whole window: the drop target and the review dialog. */
export function EmailCapture({ children }: { children: ReactNode }) {
  const { doc, report } = useDocument();
  const open = doc !== null;
  const [read, setRead] = useState<EmailReadResult | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const capture = useCallback(
    (files: File[]) => {
      const emls = files.filter(isEml);
      if (emls.length === 0 || !open) return;
      void readAll(emls).then(setRead, (e: unknown) =>
        report({ code: 'internal', message: e instanceof Error ? e.message : String(e) }),
      );
    },
    [report, open],
  );
  // Dropping .eml files anywhere on the window logs them; other drops are left to the page.
  useEffect(() => {
    const emlsIn = (e: DragEvent) => [...(e.dataTransfer?.files ?? [])].filter(isEml);
    const over = (e: DragEvent) => {
      if ([...(e.dataTransfer?.items ?? [])].some((i) => i.kind === 'file')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = emlsIn(e);
      if (files.length === 0) return;
      e.preventDefault();
      capture(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [capture]);
  return (
    <EmailCaptureContext.Provider value={capture}>
      {children}
      {done && (
        <p className="sh-notice email-done" role="status">
          {done}{' '}
          <button type="button" className="link" onClick={() => setDone(null)}>
            Dismiss
          </button>
        </p>
      )}
      {read && (
        <EmailReview
          read={read}
          onClose={(message) => {
            setRead(null);
            if (message) setDone(message);
          }}
        />
      )}
    </EmailCaptureContext.Provider>
  );
}

/** "Log emails…": chooses .eml files for the capture. */
export function ChooseEmlButton() {
  const capture = useContext(EmailCaptureContext);
  const input = useRef<HTMLInputElement>(null);
  if (!capture) return null;
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Or drop .eml files on the window">
        Log emails…
      </button>
      <input
        ref={input}
        type="file"
        accept=".eml,message/rfc822"
        multiple
        hidden
        aria-label="Email files to log"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          capture(files);
        }}
      />
    </>
  );
}

const who = (a: EmailAddress) => (a.name ? `${a.name} <${a.email}>` : a.email);

function EmailReview({ read, onClose }: { read: EmailReadResult; onClose: (done?: string) => void }) {
  const { doc, edit } = useDocument();
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const file = doc?.file;
  const everyone = useMemo(() => (file ? planEmailCapture(file, read.messages).unknown : []), [file, read]);
  const add = useMemo(() => everyone.filter((a) => chosen.includes(a.email)), [everyone, chosen]);
  const plan = useMemo(() => (file ? planEmailCapture(file, read.messages, add) : null), [file, read, add]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  if (!plan) return null;
  const failed = [...read.failed.map((f) => f.message), ...plan.problems.map((p) => p.message)];
  const confirm = async () => {
    const n = plan.added.length;
    const label = `Log ${n} ${n === 1 ? 'email' : 'emails'}`;
    const ok = await edit(label, (f) => planEmailCapture(f, read.messages, add).file);
    if (ok) onClose(`Logged ${n} ${n === 1 ? 'email' : 'emails'}. Ctrl+Z undoes it.`);
  };
  return (
    <dialog
      ref={dialog}
      className="sh-modal email-review"
      aria-label="Log emails"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2>Log emails</h2>
      <p className="muted">
        Each email goes to the log of everyone on the map among From, To and Cc, with its subject and first
        lines; its sentiment is neutral until you set it. Nothing else of the message is kept.
      </p>
      <Section title="Will be logged" items={plan.added.map(describeCaptured)} testId="email-added" />
      <Section
        title="Already in the log"
        items={plan.duplicates.map((d) => `"${d.subject}" (${d.source})`)}
        testId="email-duplicates"
      />
      <Section
        title="Nobody on the map"
        items={plan.unmatched.map((d) => `"${d.subject}" (${d.source})`)}
        testId="email-unmatched"
      />
      {everyone.length > 0 && (
        <fieldset className="email-review__unknown" data-testid="email-unknown">
          <legend>Not on the map: add them?</legend>
          {everyone.map((a) => (
            <label key={a.email}>
              <input
                type="checkbox"
                checked={chosen.includes(a.email)}
                onChange={(e) =>
                  setChosen((c) => (e.target.checked ? [...c, a.email] : c.filter((x) => x !== a.email)))
                }
              />{' '}
              {who(a)}
            </label>
          ))}
        </fieldset>
      )}
      {failed.length > 0 && (
        <Section title="Could not be logged" items={failed} testId="email-failed" alert />
      )}
      <DialogActions
        disabled={plan.file === file}
        onConfirm={() => void confirm()}
        onCancel={() => onClose()}
      >
        Log {plan.added.length} {plan.added.length === 1 ? 'email' : 'emails'}
        {plan.addedPeople.length > 0 && `, add ${plan.addedPeople.length} to the map`}
      </DialogActions>
    </dialog>
  );
}

function Section({
  title,
  items,
  testId,
  alert,
}: {
  title: string;
  items: string[];
  testId: string;
  alert?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <div className="email-review__section" data-testid={testId} role={alert ? 'alert' : undefined}>
      <strong>{title}</strong>
      <ul>
        {items.map((t, i) => (
          <li key={`${i}-${t}`}>{t}</li>
        ))}
      </ul>
    </div>
  );
}
