/**
 * The few papaparse calls Liaison makes, typed here instead of through @types/papaparse: those
 * types reference @types/node (for Node streams we never use), which would let Node's globals
 * (`process`, `Buffer`) type-check in the web project that compiles shared/ for the window.
 */
declare module 'papaparse' {
  /** One problem papaparse met, with the 0-based index of the data row it is on. */
  export interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: string;
    message: string;
    row?: number | undefined;
  }

  /** What `parse` returns for a string: the rows and the problems. */
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
  }

  /** The options we pass to `parse`. */
  export interface ParseConfig {
    delimiter?: string;
    skipEmptyLines?: boolean | 'greedy';
  }

  /** The options we pass to `unparse`. */
  export interface UnparseConfig {
    newline?: string;
    quotes?: boolean;
  }

  const Papa: {
    /** Parses CSV text held in a string (never a file, a URL or a stream here). */
    parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
    /** Writes rows under a header as CSV text. */
    unparse(data: { fields: string[]; data: string[][] }, config?: UnparseConfig): string;
  };
  export default Papa;
}
