/**
 * The one owner of "the current diagnosis", shared by Diagnose and Upgrade through the query
 * cache: the blueprint on screen (given by the user or read back from this browser) and its
 * analysis, keyed by that blueprint, the catalog snapshot and the user's choices. Going from
 * Diagnose to the wizard therefore neither re-reads nor re-analyses anything.
 */
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { UserRules } from "../../core/analysis/report";
import { CATALOG } from "../../core/catalog/index";
import { todayIso } from "../../core/locale/format";
import { forgetSavedBlueprint, loadSavedBlueprint } from "../saved-blueprint";
import { fileInput, TEXT_BOX_LIMIT, textInput, type BlueprintInput } from "./blueprint-input";
import { useProgress, reportProgress } from "./progress-store";
import { analyzeInWorker, type AnalysisOutcome } from "./worker-client";

export interface CurrentBlueprint {
  /** Names this input in the cache: a new one for every paste, drop or example. */
  id: string;
  input: BlueprintInput;
  /** When it was read back from this browser: the time it had been kept. */
  restoredAt: string | null;
  /** Kept in this browser (where a reload finds it): null until the first analysis says. */
  stored: boolean | null;
}

/** The current blueprint, and whether the one kept last time was unreadable and set aside. */
interface CurrentState {
  blueprint: CurrentBlueprint | null;
  setAside: boolean;
}

const CURRENT_KEY = ["blueprint", "current"] as const;
const DIAGNOSIS_KEY = "diagnosis";

let inputCount = 0;

async function loadCurrent(): Promise<CurrentState> {
  const load = await loadSavedBlueprint();
  if (load.status !== "saved") return { blueprint: null, setAside: load.status === "set-aside" };
  const { file, savedAt } = load.saved;
  // A small one comes back as text, for the text box; a large one stays a file, never read here.
  const input =
    file.size <= TEXT_BOX_LIMIT ? textInput(await file.text(), "saved") : fileInput(file, "saved");
  return {
    blueprint: { id: `saved:${savedAt}`, input, restoredAt: savedAt, stored: true },
    setAside: false,
  };
}

function diagnosisKey(id: string | null, choices: UserRules) {
  return [DIAGNOSIS_KEY, id, CATALOG.snapshot.commit, choices] as const;
}

async function runDiagnosis(
  client: QueryClient,
  blueprint: CurrentBlueprint,
  choices: UserRules,
  progressKey: string,
  signal: AbortSignal,
): Promise<AnalysisOutcome> {
  const { input } = blueprint;
  reportProgress(progressKey, { phase: "reading", fraction: 0 });
  const outcome = await analyzeInWorker(input.file ?? input.text ?? "", {
    today: todayIso(),
    rules: choices,
    // A new blueprint is kept by the worker before the outcome arrives; a kept one is not again.
    keep: blueprint.stored === null,
    signal,
    onProgress: (progress) => reportProgress(progressKey, progress),
  });
  if (outcome.ok && outcome.kept !== null) {
    client.setQueryData<CurrentState>(CURRENT_KEY, (current) =>
      current?.blueprint?.id === blueprint.id
        ? { ...current, blueprint: { ...current.blueprint, stored: outcome.kept } }
        : current,
    );
  }
  return outcome;
}

/** Shows a new blueprint: whatever was loading or running before is dropped. */
function giveBlueprint(client: QueryClient, input: BlueprintInput) {
  // A restore still reading from storage must not replace what the user just gave.
  void client.cancelQueries({ queryKey: CURRENT_KEY });
  void client.cancelQueries({ queryKey: [DIAGNOSIS_KEY] });
  client.removeQueries({ queryKey: [DIAGNOSIS_KEY] });
  inputCount += 1;
  const next: CurrentBlueprint = {
    id: `input:${inputCount}`,
    input,
    restoredAt: null,
    stored: null,
  };
  client.setQueryData<CurrentState>(CURRENT_KEY, { blueprint: next, setAside: false });
}

/** Makes a blueprint the current one without analysing anything here (the portfolio's rows). */
export function useGiveBlueprint(): (input: BlueprintInput) => void {
  const client = useQueryClient();
  return useCallback((input: BlueprintInput) => giveBlueprint(client, input), [client]);
}

export function useDiagnosis(choices: UserRules) {
  const client = useQueryClient();
  const current = useQuery({
    queryKey: CURRENT_KEY,
    queryFn: loadCurrent,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const blueprint = current.data?.blueprint ?? null;
  const queryKey = diagnosisKey(blueprint?.id ?? null, choices);
  const progressKey = JSON.stringify(queryKey);
  const diagnosis = useQuery({
    queryKey,
    enabled: blueprint !== null,
    staleTime: Infinity,
    // New choices re-run the analysis; the previous result of the same blueprint stays shown.
    placeholderData: (previous: AnalysisOutcome | undefined, previousQuery) =>
      previousQuery?.queryKey[1] === blueprint?.id ? previous : undefined,
    queryFn: ({ signal }) => runDiagnosis(client, blueprint!, choices, progressKey, signal),
  });
  const progress = useProgress(progressKey);
  const [cancelled, setCancelled] = useState(false);

  const give = useCallback(
    (input: BlueprintInput) => {
      giveBlueprint(client, input);
      setCancelled(false);
    },
    [client],
  );

  const cancel = useCallback(() => {
    setCancelled(true);
    void client.cancelQueries({ queryKey: [DIAGNOSIS_KEY] });
  }, [client]);

  const { refetch } = diagnosis;
  const retry = useCallback(() => {
    setCancelled(false);
    void refetch();
  }, [refetch]);

  const forget = useCallback(async () => {
    void client.cancelQueries({ queryKey: [DIAGNOSIS_KEY] });
    client.removeQueries({ queryKey: [DIAGNOSIS_KEY] });
    await forgetSavedBlueprint();
    client.setQueryData<CurrentState>(CURRENT_KEY, { blueprint: null, setAside: false });
  }, [client]);

  const running = diagnosis.fetchStatus === "fetching";
  return {
    /** Storage is still being asked whether a blueprint was kept. */
    restoring: current.isPending,
    blueprint,
    /** The blueprint kept last time could not be read back: it was set aside, not lost. */
    setAside: current.data?.setAside ?? false,
    running,
    progress: running ? progress : null,
    outcome: diagnosis.data ?? null,
    /** The worker itself failed (not a read error): its message. */
    crash: diagnosis.error ? diagnosis.error.message : null,
    cancelled: cancelled && !running && !diagnosis.data,
    give,
    cancel,
    retry,
    forget,
  };
}
