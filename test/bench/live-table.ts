/**
 * A Markdown table printed row by row as results arrive, so a bench that is stopped or fails later
 * has already shown what it measured. Columns have fixed minimum widths (a longer cell widens its
 * row only); `aligned()` gives the whole table again with every column as wide as its widest cell.
 */

/** Writes a line to stdout (synchronous for files and pipes on Linux, so nothing is lost on exit). */
const writeLine = (s: string) => { process.stdout.write(`${s}\n`); };

export class LiveTable {
  private readonly rows: string[][] = [];
  private started = false;

  /** `widths`: the minimum width of each column; `title`: a line printed before the header, after a blank line. */
  constructor(private readonly header: readonly string[], private readonly widths: readonly number[], private readonly title?: string, private readonly out: (line: string) => void = writeLine) {}

  /** Prints the row at once (the title and header before the first row). */
  add(row: readonly string[]): void {
    if (!this.started) {
      if (this.title) this.out(`\n${this.title}\n`);
      this.out(LiveTable.line(this.header, this.widths));
      this.out(LiveTable.rule(this.widths));
      this.started = true;
    }
    this.rows.push([...row]);
    this.out(LiveTable.line(row, this.widths));
  }

  /** The rows added so far. */
  get length(): number {
    return this.rows.length;
  }

  /** The whole table, columns as wide as their widest cell. */
  aligned(): string {
    const widths = this.header.map((h, i) => Math.max(h.length, ...this.rows.map((r) => (r[i] ?? '').length)));
    return [LiveTable.line(this.header, widths), LiveTable.rule(widths), ...this.rows.map((r) => LiveTable.line(r, widths))].join('\n');
  }

  private static line(cells: readonly string[], widths: readonly number[]): string {
    return `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  }

  private static rule(widths: readonly number[]): string {
    return `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  }
}
