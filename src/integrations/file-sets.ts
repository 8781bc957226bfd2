/**
 * Publishes the sets of small files of src/lib/file-sets.ts. A build renders
 * each set as one bundle (`/_bundels/<set>.json`); as soon as a bundle is
 * rendered, this integration writes its files into the output folder, while
 * the rest of the site renders, and the bundle itself is not published. The
 * dev server answers each file's address on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleFolder, fileSetPatterns } from '../shared/addresses.ts';
import type { RenderedPages } from './rendered-pages.ts';

/** Writes the files of a bundle (`{ "<path>": "<text>" }`) under `outDir`; returns how many it wrote. */
export async function writeBundle(outDir: string, files: Record<string, string>): Promise<number> {
  const made = new Set<string>();
  const queue = Object.entries(files).map(([relative, body]) => {
    const target = path.resolve(outDir, relative);
    // Paths come from the site's own code; still, nothing is written outside the output folder.
    if (!target.startsWith(outDir + path.sep)) throw new Error(`A file set names a file outside the output folder: ${relative}`);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return { target, body };
  });
  const count = queue.length;
  // A few writes at a time: enough to keep the disk busy, far below the limit of open files.
  const writer = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) await fs.promises.writeFile(file.target, file.body);
  };
  await Promise.all(Array.from({ length: 16 }, writer));
  return count;
}

export default function fileSets(pages: RenderedPages): AstroIntegration {
  let outDir = '';
  let writing: Promise<[string, number]>[] = [];
  let started = 0;
  pages.tap(({ pathname, bytes }) => {
    if (!pathname.startsWith(`/${bundleFolder}/`)) return;
    started ||= performance.now();
    const set = path.basename(pathname, '.json');
    writing.push(writeBundle(outDir, JSON.parse(bytes.toString('utf8')) as Record<string, string>).then((count) => [set, count]));
    return 'handled';
  });
  return {
    name: 'lom-file-sets',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build') {
          injectRoute({ pattern: `/${bundleFolder}/[set].json`, entrypoint: new URL('../routes/file-set-bundle.ts', import.meta.url) });
          return;
        }
        for (const pattern of Object.values(fileSetPatterns).flat()) injectRoute({ pattern, entrypoint: new URL('../routes/file-set-file.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': () => {
        writing = [];
        started = 0;
      },
      'astro:build:generated': async ({ logger }) => {
        const sets = await Promise.all(writing);
        // The empty files Astro wrote in place of the bundles (see rendered-pages.ts) are not part of the site.
        fs.rmSync(path.join(outDir, bundleFolder), { recursive: true, force: true });
        const named = sets.map(([set, count]) => `${count} of /${bundleFolder}/${set}.json`).join(', ');
        logger.info(`Wrote the files of ${sets.length} file sets (${named || 'none'}), from ${((performance.now() - started) / 1000).toFixed(1)} s before the last page.`);
      },
    },
  };
}
