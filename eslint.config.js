import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importPlugin from "eslint-plugin-import";
import globals from "globals";
import { readdirSync } from "node:fs";

// Each folder of src/features is one feature; none may import another (see docs/decisions).
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const BROWSER_GLOBALS = [
  "window",
  "document",
  "navigator",
  "location",
  "self",
  "globalThis",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "caches",
  "fetch",
  "XMLHttpRequest",
  "Worker",
  "BroadcastChannel",
  "requestAnimationFrame",
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-ssr",
      "node_modules",
      "coverage",
      "test-results",
      "playwright-report",
      ".lighthouse",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["src/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The layers, one way down: app → features → ui, lib → i18n → core (docs/decisions/0005).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { import: importPlugin },
    settings: {
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } },
      // no-cycle reads the files an import leads to: it must parse TypeScript too.
      "import/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/core",
              from: "./src",
              except: ["./core"],
              message: "src/core imports nothing but src/core.",
            },
            {
              target: "./src/i18n",
              from: ["./src/app", "./src/features", "./src/ui", "./src/lib"],
              message:
                "src/i18n sits below the app, features, ui and lib: it may import core only.",
            },
            {
              target: ["./src/ui", "./src/lib"],
              from: ["./src/app", "./src/features"],
              message: "Shared ui and lib code must not depend on the app shell or a feature.",
            },
            {
              target: "./src/lib",
              from: "./src/ui",
              message: "Services in src/lib do not render: they must not import components.",
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
              message:
                "A feature never imports another feature: move what both need to ui, lib or core.",
            })),
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // src/core is plain TypeScript: it must run in a Web Worker, in Node and in tests alike.
    files: ["src/core/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "react/*", "@tanstack/*", "@xyflow/*"],
              message: "src/core has no React.",
            },
            {
              group: ["node:*"],
              message: "src/core runs in the browser: no Node built-ins (tests may use them).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...BROWSER_GLOBALS],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXElement",
          message: "src/core has no React: components live in ui or a feature.",
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": "off" },
  },
);
