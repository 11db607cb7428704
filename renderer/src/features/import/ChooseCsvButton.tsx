/** Choosing a CSV to import: read in the window, so it works the same in the browser mode and in Electron. */
import { useRef } from 'react';

/** A button that opens the file chooser and hands over the chosen file's name and text. */
export function ChooseCsvButton({
  onLoaded,
  label = 'Import CSV…',
  inputLabel = 'CSV file to import',
}: {
  onLoaded: (name: string, text: string) => void;
  label?: string;
  inputLabel?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-label={inputLabel}
        hidden
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again is a new import
          if (!chosen) return;
          const reader = new FileReader();
          reader.onload = () => onLoaded(chosen.name, typeof reader.result === 'string' ? reader.result : '');
          reader.onerror = () => onLoaded(chosen.name, '');
          reader.readAsText(chosen);
        }}
      />
    </>
  );
}
