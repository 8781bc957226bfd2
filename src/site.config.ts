/**
 * Settings a deployment may change, read from the environment so that tests
 * and benchmarks can build other corpora without touching `content/`.
 */
import path from 'node:path';

/** Folder holding the collections; `LOM_CONTENT_DIR` points a build or check at another corpus. */
export const contentRoot = path.resolve(process.env.LOM_CONTENT_DIR ?? 'content');

/** The public repository that holds the code and all content. */
export const repositoryUrl = process.env.LOM_REPOSITORY_URL ?? 'https://github.com/lom-kennisbank/lom-kennisbank';

/** Base of the "propose a change" links: the repository's edit URL, followed by the file's path. */
export const editBaseUrl = process.env.LOM_EDIT_BASE_URL ?? `${repositoryUrl}/edit/main/`;

/** Public address of the site, for canonical links and feeds. */
export const siteUrl = process.env.LOM_SITE_URL ?? 'https://lom-kennisbank.nl';

export const siteName = 'LOM-kennisbank';
