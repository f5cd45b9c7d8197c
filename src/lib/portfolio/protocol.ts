/** Messages between the portfolio page and its workers (structured-clone data only). */
import type { StoredEntry } from "./store";

export type PortfolioJob =
  | { kind: "blueprint"; id: string; fileName: string; source: Blob | Uint8Array; today: string }
  | { kind: "zip"; fileName: string; source: Blob };

export interface ZipPart {
  fileName: string;
  bytes: Uint8Array;
}

export type PortfolioReply =
  | { kind: "entry"; entry: StoredEntry; kept: true }
  | { kind: "entry"; entry: StoredEntry; kept: false; problem: "quota" | "unavailable" }
  | { kind: "zip"; fileName: string; parts: ZipPart[]; problem: ZipProblem | null }
  | { kind: "failed"; fileName: string; message: string };

/** Why (part of) a zip was not read: too big, too many files, or not a zip. */
export type ZipProblem = "too-large" | "too-many" | "unreadable";
