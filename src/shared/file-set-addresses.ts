/**
 * The addresses of the file sets (see src/lib/file-sets.ts), apart from their
 * contents so that the file-sets integration can read them when Astro is
 * configured: in a build, the folder of the bundles; on the dev server, the
 * route patterns that serve each file on its own.
 */

/** The folder of a build's bundles, which the integration removes once it has written their files. */
export const bundleFolder = '_bundels';

/** The route patterns of each set's files, by the set's name. */
export const fileSetPatterns = {
  citeer: ['/citeer/[collection]/[id].bib', '/citeer/[collection]/[id].ris'],
  vergelijk: ['/vergelijk/data/[id].json'],
} as const;

export type FileSetName = keyof typeof fileSetPatterns;

/** The params of a file's path (no leading slash) under a route pattern, or undefined when the pattern does not match it. */
export function paramsOf(pattern: string, filePath: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern
    .slice(1)
    .split(/(\[[a-z]+\])/)
    .map((part) => {
      const name = /^\[([a-z]+)\]$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(filePath);
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) : undefined;
}
