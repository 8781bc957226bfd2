/**
 * CSV as the site writes it, for the open-data downloads (built) and the
 * comparison page's download (in the browser), so that a spreadsheet reads
 * both the same way: RFC 4180 fields, UTF-8 with a byte order mark, and no
 * cell that a spreadsheet would run as a formula.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and
 * carriage return, let it skip to one): OWASP's list for CSV injection.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * The same inside a field, after a semicolon, tab or line break: a
 * spreadsheet set to Dutch splits a CSV file at semicolons (the list
 * separator of the Dutch locale), and then neither RFC 4180's quotes nor the
 * rule above keep a cell from starting there, nor a line of a field from
 * becoming a row of its own. A dash followed by a space (a Markdown list in
 * the body) starts no formula that can do anything and is left as it is.
 */
const formulaInside = /([;\t\r\n][ \t]*)(?=[=+@]|-(?![ \t\r\n]))/g;

/**
 * One CSV field. A cell that starts like a formula gets a leading apostrophe,
 * which spreadsheets read as "this is text", and so does a formula-like start
 * after a semicolon, tab or line break within it; the field is then quoted,
 * as OWASP advises. Other fields are quoted as RFC 4180 requires, when they
 * hold a comma, quote or line break.
 */
export function csvField(text: string): string {
  const safe = (formulaStart.test(text) ? `'${text}` : text).replace(formulaInside, "$1'");
  return safe !== text || /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as a CSV document: CRLF line ends, and UTF-8 with a byte order mark so that spreadsheets read the accents. */
export const toCsvDocument = (rows: readonly (readonly string[])[]): string => `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
