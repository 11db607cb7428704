/** Saving a CSV from the window: a download link, which works in the browser mode and in Electron. */

/** A file name for the export that is safe on every operating system. */
export function exportFileName(programName: string, today: string): string {
  const safe =
    [...programName]
      .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
      .join('')
      .trim() || 'program';
  return `${safe} - stakeholders ${today}.csv`;
}

export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the data goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
