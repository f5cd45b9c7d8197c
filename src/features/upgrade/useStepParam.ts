import { useCallback } from "react";
import { useSearchParams } from "react-router";

/**
 * The step being worked on, kept in the address (`?step=…`) so a reload, a shared link or the
 * language switch opens the same step.
 */
export function useStepParam(): [string | null, (stepId: string) => void] {
  const [params, setParams] = useSearchParams();
  const select = useCallback(
    (stepId: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set("step", stepId);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return [params.get("step"), select];
}
