/** Files, folders or zips dropped anywhere on the page, walked into a list of files to read. */
import { useCallback } from "react";
import { fromDrop, type GivenFiles } from "../../lib/portfolio/files";
import { useFileDrop as useDroppedData } from "../../lib/useFileDrop";

export function useFileDrop(onGiven: (given: GivenFiles) => void): { dragging: boolean } {
  return useDroppedData(
    useCallback((data: DataTransfer) => void fromDrop(data).then(onGiven), [onGiven]),
  );
}
