import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { VitePWA } from "vite-plugin-pwa";
import { articlesPlugin } from "./scripts/vite-plugin-articles";
import { firstPaint } from "./scripts/vite-plugin-first-paint";

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    articlesPlugin(),
    firstPaint(),
    // Offline after the first visit: every built file is precached; a new version waits until
    // the reader accepts it (src/ui/UpdateNotice.tsx) instead of silently replacing the page.
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      manifest: {
        name: "API Change Desk",
        short_name: "API Change Desk",
        description:
          "Find the modules of a Workfront Fusion or Make scenario that an API breaking change affects, and upgrade them step by step.",
        start_url: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#0f172a",
        icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,txt,webmanifest}"],
        // Addresses not in the precache (every /:lang route) get the app shell, which renders them.
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/assets\//],
        cleanupOutdatedCaches: true,
        // The graph library and the analysis worker are big; they are precached all the same.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // The article's own stylesheet, which scripts/prerender.ts inlines in the article pages.
      input: { index: "index.html", article: "src/article.css" },
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // What the first script (src/main.tsx) shares with the pages (the preload helper,
            // the service worker's registration) lives beside it, not in it: a page chunk that imported the entry chunk would also
            // ask for the entry's stylesheet, which the build inlines instead
            // (scripts/vite-plugin-first-paint.ts checks that no chunk asks for it).
            { name: "shared", test: /preload-helper|[\\/]service-worker\.ts$/ },
          ],
        },
      },
    },
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
