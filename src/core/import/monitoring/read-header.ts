/**
 * The header row of a monitoring sheet read into columns: what each holds (header-roles.ts) and
 * how its values are converted (units.ts), with warnings for a unit that does not fit, a second
 * column for the same thing, and headers nobody knows.
 */
import type { DataIssue } from '../../data/dataset.ts';
import { message } from '../../i18n/messages.ts';
import { cellText } from './cells.ts';
import { classifyHeader } from './header-roles.ts';
import type { ParameterRole, Role } from './header-roles.ts';
import { tableIssue } from './table.ts';
import { unitConversion } from './units.ts';
import type { Conversion } from './units.ts';

/** One recognised column: its index in the row, its header as written, its role, and the unit conversion its values need (null for none). */
export interface Column<R extends Role = Role> { readonly index: number; readonly header: string; readonly role: R; readonly conversion: Conversion | null }

/** True for the column of a parameter (not the id, name or a date). */
export const isParameter = (c: Column): c is Column<ParameterRole> => c.role.kind === 'parameter';

/** Up to 20 names (each cut to 30 characters) for a message, and how many more there are. */
const listed = (names: readonly string[]) => ({
  names: names.slice(0, 20).map((n) => (n.length > 30 ? `${n.slice(0, 30)}…` : n)).join(', '),
  more: Math.max(0, names.length - 20),
});

/** Columns of the header row (the first of two columns for one thing wins), and warnings about units, duplicates and unknown names. */
export function readHeader(file: string, header: readonly unknown[], issues: DataIssue[]): Column[] {
  const columns: Column[] = [];
  const unknown: string[] = [];
  const taken = new Map<string, string>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === null) return;
    const found = classifyHeader(text);
    if (!found) {
      unknown.push(text);
      return;
    }
    const { role, unit } = found;
    const slot = role.kind === 'parameter' ? role.key : role.kind;
    const first = taken.get(slot);
    if (first !== undefined) {
      issues.push(tableIssue('warning', file, message('table.duplicateColumn', { first, second: text, slot })));
      return;
    }
    taken.set(slot, text);
    let conversion: Conversion | null = null;
    if (role.kind === 'parameter' && unit !== null) {
      const c = unitConversion(unit, role.unit);
      if (c === 'mismatch') {
        issues.push(tableIssue('warning', file, message('table.unitMismatch', { header: text, unit, expected: role.unit, key: role.key, base: text.replace(/\s*[([{（【].*$/, '') })));
      } else {
        conversion = c;
      }
    }
    columns.push({ index, header: text, role, conversion });
  });
  if (unknown.length) {
    issues.push(tableIssue('warning', file, message('table.unknownColumns', { count: unknown.length, ...listed(unknown) })));
  }
  return columns;
}
