/**
 * Reading CSV text (papaparse) into a header and numbered rows. Rows are numbered as a spreadsheet
 * shows them, the header being row 1, so a message about "row 4" points at the right line in Excel.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** The row's number in the sheet (the header is row 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  /** The header's row number (1 unless blank lines came first). */
  headerRow: number;
  rows: CsvRow[];
  /** Rows that could not be read as CSV, with why. */
  problems: Array<{ row: number; message: string }>;
}

/** A leading apostrophe that export put before a formula character (see `protectCell`). */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * The separator, read from the header line: Excel writes semicolons where the comma is the
 * decimal mark. Judged on the header alone, since quoted values further down may hold any of them.
 */
function detectDelimiter(body: string): string {
  const header = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/** Parses CSV text: comma, semicolon or tab separated, with or without a byte-order mark. */
export function parseCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: detectDelimiter(body) });
  const problems = new Map<number, string>();
  for (const e of result.errors) {
    if (e.row === undefined) continue;
    const row = e.row + 1;
    if (!problems.has(row))
      problems.set(
        row,
        e.type === 'Quotes' ? 'a quoted value is not closed or has a stray quote' : e.message,
      );
  }
  const data = result.data.map((cells) => cells.map((c) => c.replace(ESCAPED_FORMULA, '')));
  const headerIndex = data.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { headers: [], headerRow: 1, rows: [], problems: [] };
  const headers = (data[headerIndex] ?? []).map((h, i) => h.trim() || `(column ${i + 1})`);
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i] ?? [];
    if (isBlank(cells) || problems.has(i + 1)) continue;
    rows.push({ row: i + 1, cells });
  }
  return {
    headers,
    headerRow: headerIndex + 1,
    rows,
    problems: [...problems].map(([row, message]) => ({ row, message })),
  };
}

/**
 * A cell safe to open in a spreadsheet: text starting with = + - @ (or a tab or carriage return)
 * would run as a formula in Excel, so it gets a leading apostrophe, which the import removes again.
 */
export function protectCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Writes rows as CSV for Excel: a byte-order mark (so accents survive), CRLF line ends. */
export function writeCsv(headers: string[], rows: string[][]): string {
  const text = Papa.unparse(
    { fields: headers, data: rows.map((cells) => cells.map(protectCell)) },
    { newline: '\r\n', quotes: false },
  );
  return `\uFEFF${text}\r\n`;
}
