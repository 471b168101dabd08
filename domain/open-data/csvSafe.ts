/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the
 * start: CSV injection), made inert with a leading apostrophe, the mark spreadsheets themselves
 * use for "this is text". Our own exports pass every cell through this.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}
