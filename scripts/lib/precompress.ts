// Writes a .br and a .gz copy next to every text file of a build, once, at build time: the
// server sends them as they are instead of compressing each response again.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const TEXT = /\.(html|js|mjs|css|json|webmanifest|svg|txt|md|csv|xml)$/i;
/** Below this a compressed copy saves nothing worth a second file. */
const SMALLEST = 512;

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

export async function precompress(folder: string): Promise<number> {
  const names = (await readdir(folder, { recursive: true })).filter((name) => TEXT.test(name));
  let written = 0;
  for (const name of names) {
    const path = join(folder, name);
    const body = await readFile(path);
    if (body.length < SMALLEST) continue;
    const [brotli, gzipped] = await Promise.all([
      toBrotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      toGzip(body, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${path}.br`, brotli), writeFile(`${path}.gz`, gzipped)]);
    written += 1;
  }
  return written;
}
