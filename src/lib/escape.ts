/**
 * Escaping for the formats the site writes besides HTML, kept apart from the
 * content modules so that it can be tested on its own.
 */

/** Text for XML content and attribute values (feeds, sitemap); control characters XML 1.0 forbids are dropped. */
export const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

/**
 * JSON for inside a `<script>` element: `<`, `>` and `&` are written as
 * Unicode escapes, so that no text in an entry can close the element or open
 * a comment, and the JSON still parses to the same data.
 */
export const jsonForScript = (data: unknown) =>
  JSON.stringify(data).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
