/**
 * The part of papaparse the core uses — parsing a string — for the core's own typecheck only:
 * src/core/tsconfig.json maps `papaparse` here, because @types/papaparse references Node's types
 * (for its stream API), which would give the core `process`, `Buffer` and the rest unnoticed.
 * Written after @types/papaparse 5.5; the root project checks the same code against that package.
 */
declare namespace Papa {
  interface ParseConfig {
    header?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    preview?: number;
    delimiter?: string;
  }
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    row?: number | undefined;
    index?: number | undefined;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
  }
  /** Parses CSV text. */
  function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
}
export default Papa;
