// Serves the built app (dist/) with scripts/serve.mjs on a given port, for the measuring scripts.
import { spawn, type ChildProcess } from "node:child_process";

export interface ServedApp {
  base: string;
  stop(): void;
}

/** `distDir`: another build folder than dist/ (the e2e update test serves a copy it changes). */
export function serveBuiltApp(port: number, distDir?: string): Promise<ServedApp> {
  const server: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port), ...(distDir ? { DIST_DIR: distDir } : {}) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      if (String(chunk).includes("served at")) {
        resolve({ base: `http://127.0.0.1:${port}`, stop: () => server.kill() });
      }
    });
    server.on("exit", (code) =>
      reject(new Error(`scripts/serve.mjs exited with ${code}; did you run npm run build?`)),
    );
  });
}
