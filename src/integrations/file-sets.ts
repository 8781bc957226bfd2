/**
 * Publishes the sets of small files of src/lib/file-sets.ts. A build renders
 * each set as one bundle (`/_bundels/<set>.json`) and, once every route is rendered, this
 * integration writes the bundle's files into the output folder and removes
 * the bundle; the dev server answers each file's address on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleFolder, fileSetPatterns } from '../lib/file-set-addresses.ts';

/** Writes every file of every bundle under `outDir`, then removes the bundles; returns how many files it wrote. */
export async function unpackBundles(outDir: string): Promise<number> {
  const folder = path.join(outDir, bundleFolder);
  let written = 0;
  for (const bundle of fs.readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const files = JSON.parse(fs.readFileSync(path.join(folder, bundle), 'utf8')) as Record<string, string>;
    const made = new Set<string>();
    const queue = Object.entries(files).map(([relative, body]) => {
      const target = path.resolve(outDir, relative);
      // Paths come from the site's own code; still, nothing is written outside the output folder.
      if (!target.startsWith(outDir + path.sep)) throw new Error(`The bundle ${bundle} names a file outside the output folder: ${relative}`);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      return { target, body };
    });
    // A few writes at a time: enough to keep the disk busy, far below the limit of open files.
    const writer = async () => {
      for (let file = queue.pop(); file; file = queue.pop()) await fs.promises.writeFile(file.target, file.body);
    };
    written += queue.length;
    await Promise.all(Array.from({ length: 16 }, writer));
  }
  fs.rmSync(folder, { recursive: true });
  return written;
}

export default function fileSets(): AstroIntegration {
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
      // As soon as every route is rendered, while the search index is written in Pagefind's process.
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await unpackBundles(path.resolve(fileURLToPath(dir)));
        logger.info(`Wrote ${written} files of the file sets in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
