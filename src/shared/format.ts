/**
 * Fills `{name}` placeholders in a dictionary string. Kept apart from the
 * dictionaries so that browser code (the search page) can fill the strings it
 * receives without bundling every string of the site.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
