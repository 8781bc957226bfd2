/**
 * Drives the web editor (/bewerken/) in Chromium through the CMS's own test
 * backend, which keeps the repository in the browser's origin-private file
 * system and saves an entry there with the same code that writes a file of a
 * local repository. The repository is seeded with a fixture corpus, so that
 * relation fields offer its organisations and entries; what the editor saved
 * is read back from there, byte for byte, to run the project's check on it.
 *
 * The only thing changed on the way is the backend in the served
 * configuration (GitHub cannot be reached from a test); the page, the CMS and
 * the rest of the generated configuration are the built site's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The folder in the origin-private file system that the test backend uses as its repository. */
const testRepository = 'sveltia-cms-test';

/** The files of a content folder, as `content/<collection>/…` paths of a repository. */
export function repositoryFiles(contentDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of fs.readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (file.endsWith('.mdx')) files[`content/${file.split(path.sep).join('/')}`] = fs.readFileSync(path.join(contentDir, file), 'utf8');
  }
  return files;
}

/** Serves the editor its configuration with the test backend in place of GitHub, and without the pull-request workflow that only a Git host has. */
export async function useTestBackend(context: BrowserContext): Promise<void> {
  await context.route(/\/bewerken\/config\.json(\?|$)/, async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...config, backend: { name: 'test-repo' }, publish_mode: 'simple' } });
  });
}

/** Puts the files into the test backend's repository, on the site's origin (the page must be on it). */
export async function seedRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ name, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(name, { recursive: true }).catch(() => {});
      const repository = await root.getDirectoryHandle(name, { create: true });
      for (const [file, text] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = repository;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { name: testRepository, files },
  );
}

/** Every file of the test backend's repository under `folder`, by path. */
export async function repositoryContents(page: Page, folder = 'content'): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ name, folder }) => {
      const found: Record<string, string> = {};
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [entryName, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
          const at = `${prefix}/${entryName}`;
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, at);
          else found[at] = await (await (handle as FileSystemFileHandle).getFile()).text();
        }
      };
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      for (const part of folder.split('/')) dir = await dir.getDirectoryHandle(part);
      await walk(dir, folder);
      return found;
    },
    { name: testRepository, folder },
  );
}

/** The files that are new or changed since `before`. */
export const changedFiles = (before: Record<string, string>, after: Record<string, string>) =>
  Object.fromEntries(Object.entries(after).filter(([file, text]) => before[file] !== text));

/** Sveltia CMS sets names in its labels apart with Unicode isolates. */
export const isolated = (text: string) => `\u2068${text}\u2069`;

/** The field of that label at a depth of nesting (0: the form's own fields), not a field of the same name in a record inside it. */
export const fieldIn = (scope: Locator | Page, label: string, depth = 0) =>
  scope.locator(`xpath=.//section[@aria-label="Veld “${isolated(label)}”"][count(ancestor::section[starts-with(@aria-label, "Veld ")]) = ${depth}]`).first();

/** The CMS renders fields as they scroll into view: scrolls down until the field is there. */
export async function reveal(page: Page, scope: Locator | Page, box: Locator): Promise<Locator> {
  for (let tries = 0; tries < 40 && (await box.count()) === 0; tries++) {
    await scope.locator('section[aria-label^="Veld "]').last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
  }
  await box.scrollIntoViewIfNeeded();
  return box;
}
