/**
 * Reads a CSV file as a spreadsheet program does, with SheetJS: the cells it
 * would hold, and which of them it would run as a formula. The first
 * character of a cell decides that, for `=` in every program and for `+`, `-`
 * and `@` in Excel (which SheetJS does not model, so the cells' text is
 * returned to check that too).
 */
import * as XLSX from '@e965/xlsx';

export interface SheetCell {
  address: string;
  text: string;
  /** The formula the program would run, if any. */
  formula?: string;
}

export function openAsSpreadsheet(bytes: Uint8Array): SheetCell[] {
  const book = XLSX.read(bytes, { type: 'buffer', cellFormula: true, raw: false });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return Object.entries(sheet)
    .filter(([address]) => !address.startsWith('!'))
    .map(([address, cell]) => ({ address, text: String((cell as XLSX.CellObject).v ?? ''), formula: (cell as XLSX.CellObject).f }));
}

/** Cells a spreadsheet would read as a formula, or that start with a character that starts one in some program. */
export const formulaCells = (cells: SheetCell[]) => cells.filter((cell) => cell.formula !== undefined || /^[=+\-@\t\r]/.test(cell.text));

/**
 * A CSV file as a spreadsheet set to Dutch opens it: split at semicolons (the
 * Dutch list separator), as the `sep=;` line that Excel and SheetJS both
 * honour makes them do.
 */
export const openAsDutchSpreadsheet = (bytes: Uint8Array) => openAsSpreadsheet(Buffer.concat([Buffer.from('sep=;\r\n'), Buffer.from(bytes).subarray(bytes[0] === 0xef ? 3 : 0)]));

/**
 * Cells that such a spreadsheet would run: read as a formula, or starting,
 * after any spaces and line breaks, with =, + or @, or a dash not followed
 * by a space (a Markdown list item, "- punt", which a line of the body
 * starts with, is text).
 */
export const dutchFormulaCells = (cells: SheetCell[]) => cells.filter((cell) => cell.formula !== undefined || /^\s*(?:[=+@]|-(?!\s))/.test(cell.text));
