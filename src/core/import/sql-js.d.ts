/**
 * The part of sql.js (SQLite compiled to WebAssembly, its .wasm inlined) that geopackage.ts uses;
 * sql.js ships no typings, and DefinitelyTyped's reference DOM and Node types the core compiles without.
 */
declare module 'sql.js/dist/sql-wasm-inline.js' {
  /** The rows of one statement: column names and values (numbers, strings, Uint8Array for BLOBs, null). */
  export interface QueryExecResult {
    readonly columns: string[];
    readonly values: unknown[][];
  }
  /** An SQLite database opened from bytes, in memory. */
  export interface Database {
    exec(sql: string, params?: readonly unknown[]): QueryExecResult[];
    close(): void;
  }
  export interface SqlJsStatic {
    readonly Database: new (data?: Uint8Array) => Database;
  }
  /** Instantiates SQLite (once per call). */
  export default function initSqlJs(config?: Record<string, unknown>): Promise<SqlJsStatic>;
}
