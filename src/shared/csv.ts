/**
 * CSV as the site writes it, for the open-data downloads (built) and the
 * comparison page's download (in the browser), so that a spreadsheet reads
 * both the same way.
 */

/** One CSV field, quoted as RFC 4180 requires when it holds a comma, quote or line break. */
const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Rows as a CSV document: CRLF line ends, and UTF-8 with a byte order mark so that spreadsheets read the accents. */
export const toCsvDocument = (rows: readonly (readonly string[])[]): string => `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
