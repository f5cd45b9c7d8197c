/**
 * The blueprint being checked and what became of it: runs the worker, shows progress, cancels,
 * keeps the input whatever happens, re-runs when the user's choices change, keeps the last
 * checked blueprint in IndexedDB and restores it after a reload.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { UserRules } from "../../core/analysis/report";
import type { ExampleKind } from "../../core/examples/examples";
import {
  analyzeInWorker,
  type AnalysisOutcome,
  type AnalysisProgress,
} from "../../app/analysis/client";
import { forgetSavedBlueprint, loadSavedBlueprint, saveBlueprint } from "../../app/saved-blueprint";
import { todayIso } from "../../i18n/format";

export type InputSource = "paste" | "drop" | "file" | "typed" | "example" | "saved";

export interface BlueprintInput {
  /** The text, when the page has it (paste, typing, example, restore). */
  text: string | null;
  /** The file, when one was dropped or opened (read in the worker). */
  file: File | null;
  size: number;
  source: InputSource;
  example: ExampleKind | null;
}

export interface AnalysisState {
  input: BlueprintInput | null;
  progress: AnalysisProgress | null;
  outcome: AnalysisOutcome | null;
  /** The worker itself failed (not a read error): the message, for the user and a bug report. */
  crash: string | null;
  cancelled: boolean;
  /** When the shown blueprint was restored from the browser, the time it was kept. */
  restoredAt: string | null;
  saveFailed: boolean;
  /** The blueprint on screen is kept in the browser, where the upgrade wizard reads it. */
  kept: boolean;
  forgotten: boolean;
  /** The blueprint kept from last time could not be read back, and was set aside. */
  setAside: boolean;
}

const EMPTY: AnalysisState = {
  input: null,
  progress: null,
  outcome: null,
  crash: null,
  cancelled: false,
  restoredAt: null,
  saveFailed: false,
  kept: false,
  forgotten: false,
  setAside: false,
};

/** Inputs up to this many characters go back into the text box to be fixed there. */
export const TEXT_BOX_LIMIT = 200_000;

export function textInput(
  text: string,
  source: InputSource,
  example: ExampleKind | null = null,
): BlueprintInput {
  return { text, file: null, size: text.length, source, example };
}

export function fileInput(file: File, source: "drop" | "file" | "saved"): BlueprintInput {
  return { text: null, file, size: file.size, source, example: null };
}

export function useAnalysis(rules: UserRules) {
  const [state, setState] = useState<AnalysisState>(EMPTY);
  const controller = useRef<AbortController | null>(null);
  const current = useRef<BlueprintInput | null>(null);
  const rulesRef = useRef(rules);
  rulesRef.current = rules;

  const execute = useCallback(
    async (input: BlueprintInput, options: { fresh: boolean; restoredAt?: string }) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      current.current = input;
      setState((previous) => ({
        ...(options.fresh ? EMPTY : previous),
        input,
        progress: { phase: "reading", fraction: 0 },
        crash: null,
        cancelled: false,
        restoredAt: options.restoredAt ?? (options.fresh ? null : previous.restoredAt),
        saveFailed: options.fresh ? false : previous.saveFailed,
        kept: options.fresh ? input.source === "saved" : previous.kept,
      }));
      try {
        const outcome = await analyzeInWorker(input.file ?? input.text ?? "", {
          today: todayIso(),
          rules: rulesRef.current,
          signal: abort.signal,
          onProgress: (progress) =>
            setState((previous) =>
              controller.current === abort ? { ...previous, progress } : previous,
            ),
        });
        if (controller.current !== abort) return;
        setState((previous) => ({ ...previous, outcome, progress: null }));
        if (outcome.ok && options.fresh && input.source !== "saved") {
          const kept = await saveBlueprint(input.file ?? input.text ?? "").then(
            () => true,
            () => false,
          );
          if (controller.current === abort) {
            setState((previous) => ({ ...previous, kept, saveFailed: !kept }));
          }
        }
      } catch (error) {
        if (controller.current !== abort) return;
        const cancelled = abort.signal.aborted;
        setState((previous) => ({
          ...previous,
          progress: null,
          cancelled,
          crash: cancelled ? null : error instanceof Error ? error.message : String(error),
        }));
      }
    },
    [],
  );

  const run = useCallback((input: BlueprintInput) => execute(input, { fresh: true }), [execute]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const retry = useCallback(() => {
    if (current.current) void execute(current.current, { fresh: false });
  }, [execute]);

  const forget = useCallback(async () => {
    controller.current?.abort();
    controller.current = null;
    current.current = null;
    await forgetSavedBlueprint();
    setState({ ...EMPTY, forgotten: true });
  }, []);

  // The last checked blueprint comes back after a reload, unless the user already gave another.
  useEffect(() => {
    let active = true;
    void loadSavedBlueprint().then((load) => {
      if (!active || current.current) return;
      if (load.status === "saved") {
        const { file, savedAt } = load.saved;
        // A small one goes back into the text box; a large one stays a file, never read here.
        void (
          file.size <= TEXT_BOX_LIMIT
            ? file.text().then((text) => textInput(text, "saved"))
            : Promise.resolve(fileInput(file, "saved"))
        ).then((input) => {
          if (active && !current.current) void execute(input, { fresh: true, restoredAt: savedAt });
        });
      } else if (load.status === "set-aside") {
        setState((previous) => ({ ...previous, setAside: true }));
      }
    });
    return () => {
      active = false;
    };
  }, [execute]);

  // New choices about likely matches apply at once to the blueprint on screen.
  const firstRules = useRef(true);
  useEffect(() => {
    if (firstRules.current) {
      firstRules.current = false;
      return;
    }
    if (current.current) void execute(current.current, { fresh: false });
  }, [rules, execute]);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, run, cancel, retry, forget };
}
