/**
 * The names of organisations, as the search index carries them. The page is
 * built with checkboxes for only the organisations with the most entries, so
 * that it does not grow with their number; every entry also has a filter
 * value with the id and names of each of its organisations. The script reads
 * the names of the others from there (every value comes with the filter
 * files it loads for the counts), and each result's own names from its data.
 * Shared by the build (SearchMeta, SearchPage) and the script.
 */

/** The Pagefind filter whose values are `OrganisationName`s as JSON; the page never offers it as a filter. */
export const namesFilter = 'organisatienaam';

export interface OrganisationName {
  id: string;
  /** As a filter shows it: the name, with the short name in brackets when it differs. */
  label: string;
  short: string;
}

export function organisationName(id: string, name: string, short: string): OrganisationName {
  return { id, label: short === name ? name : `${name} (${short})`, short };
}

export const nameValue = (organisation: OrganisationName) => JSON.stringify([organisation.id, organisation.label, organisation.short]);

/** The names in a filter value; undefined for a value this page did not write. */
export function parseName(value: string): OrganisationName | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((part) => typeof part === 'string')) {
      const [id, label, short] = parsed as string[];
      return { id: id!, label: label!, short: short! };
    }
  } catch {
    // Not one of ours.
  }
  return undefined;
}
