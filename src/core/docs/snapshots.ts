import type { Locale } from "../locale/locales";
import type { DocsSnapshot } from "./article-model";

/** The documentation mirrors the articles were taken from (docs/fusion-facts.md §0). */
export const DOCS_SNAPSHOTS: Record<Locale, DocsSnapshot> = {
  en: {
    repo: "AdobeDocs/workfront-fusion.en",
    commit: "769df647b0f2a85dc015a2f6ed05d3b117640ada",
    date: "2026-08-20",
  },
  fr: {
    repo: "AdobeDocs/workfront-fusion.fr-FR",
    commit: "a0bbd6383b1a6dcc27ec64a382531bb6a1d766f0",
    date: "2026-08-21",
  },
  it: {
    repo: "AdobeDocs/workfront-fusion.it-IT",
    commit: "0492986ba457c4809ea4bda3cd54ddc73686b6dd",
    date: "2026-08-21",
  },
  nl: {
    repo: "AdobeDocs/workfront-fusion.nl-NL",
    commit: "77d771ff02a6165d4cc9e47115f88e5278119e2c",
    date: "2026-05-02",
  },
  sv: {
    repo: "AdobeDocs/workfront-fusion.sv-SE",
    commit: "1219fcc1e68febe14ccf1974389a4756c45a623f",
    date: "2026-05-02",
  },
};
