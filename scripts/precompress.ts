// Last step of `npm run build`: brotli and gzip copies of dist/ (see scripts/lib/precompress.ts).
import { precompress } from "./lib/precompress";

const written = await precompress("dist");
console.log(`precompressed ${written} files (brotli and gzip)`);
