// Serves the built app (dist/) with scripts/serve.mjs on a given port, for the measuring scripts.
import { spawn, type ChildProcess } from "node:child_process";

export interface ServedApp {
  base: string;
  /** Resolves once the server has exited and its port is free again. */
  stop(): Promise<void>;
}

/**
 * `port` 0 takes any free port (read `base`). `distDir`: another build folder than dist/ (the
 * e2e update test serves a copy it changes).
 */
export function serveBuiltApp(port: number, distDir?: string): Promise<ServedApp> {
  const server: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port), ...(distDir ? { DIST_DIR: distDir } : {}) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      const base = /served at (http:\/\/[^/\s]+)/.exec(String(chunk))?.[1];
      if (base) {
        resolve({
          base,
          stop: () => {
            server.kill();
            return exited;
          },
        });
      }
    });
    server.on("exit", (code) =>
      reject(new Error(`scripts/serve.mjs exited with ${code}; did you run npm run build?`)),
    );
  });
}
