import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { articlesPlugin } from "./scripts/vite-plugin-articles";
import { CSP_META } from "./src/csp";

/** Puts the Content Security Policy in the built index.html (not in dev: Vite's HMR injects styles). */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP_META }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), articlesPlugin(), contentSecurityPolicy()],
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
