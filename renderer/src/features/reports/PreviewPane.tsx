/**
 * The document before it is written; for a reader who wants email, the same content as an email
 * body to paste into Outlook, and for a chat reader, as plain text for Slack or Teams. Once
 * written from here, the result shows here, with its actions.
 */
import { useState } from 'react';
import { formatRange } from '../../../../shared/domain/dates.ts';
import { stalePeriodMessage } from '../../../../shared/domain/period.ts';
import type { GeneratedDocument, ReportPreview } from '../../../../shared/ipc/contract.ts';
import type { Channel } from '../../../../shared/schema/program.ts';
import { DocPreview } from './DocPreview.tsx';
import { WrittenResult } from './FileActions.tsx';

export function PreviewPane({
  preview,
  channel,
  canWrite,
  written,
  onGenerate,
}: {
  preview: ReportPreview;
  channel: Channel | undefined;
  canWrite: boolean;
  /** What writing this preview produced, if it was written from here. */
  written: GeneratedDocument | null;
  onGenerate: () => void;
}) {
  const [copied, setCopied] = useState('');
  const stale = stalePeriodMessage(preview.doc.period, preview.doc.date);
  const copy = async (kind: 'html' | 'text') => {
    const text = preview.text;
    if (kind === 'html' && typeof ClipboardItem !== 'undefined')
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([preview.html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
    else await navigator.clipboard.writeText(text);
    setCopied(kind === 'html' ? 'Email body copied' : 'Text copied');
  };
  return (
    <div className="preview-pane">
      <div className="row-between">
        <span className="muted small" data-testid="preview-file-name">
          {preview.fileName}
        </span>
        <span className="actions">
          {channel === 'email' && (
            <button type="button" onClick={() => void copy('html').catch(() => setCopied('Copy failed'))}>
              Copy as email
            </button>
          )}
          {channel === 'chat' && (
            <button type="button" onClick={() => void copy('text').catch(() => setCopied('Copy failed'))}>
              Copy as text
            </button>
          )}
          <button type="button" className="primary" disabled={!canWrite} onClick={onGenerate}>
            Write this document
          </button>
        </span>
      </div>
      {written && (
        <div className="notice-inline" role="status" aria-label="Written from this preview">
          <WrittenResult doc={written} />
        </div>
      )}
      {copied && <div className="muted small">{copied}</div>}
      {stale && (
        <div className="warning-panel" aria-label="This document’s period">
          {stale} This document shows {formatRange(preview.doc.period.start, preview.doc.period.end)}.
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="warning-panel" aria-label="Warnings for this document">
          <ul>
            {preview.warnings.map((w) => (
              <li key={`${w.kind}-${w.itemId}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      <DocPreview doc={preview.doc} />
    </div>
  );
}
