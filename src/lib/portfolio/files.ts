/**
 * The files a user gives the portfolio, however they come: picked (several at once), dropped
 * (folders walked through the entries API), or a folder chosen with the directory picker where
 * the browser has one. Only `.json` and `.zip` files are kept; others are counted, not read.
 */
import { MAX_FILES } from "./limits";

export interface GivenFile {
  /** The name, with its folder path when it came from a folder. */
  fileName: string;
  file: File;
}

export interface GivenFiles {
  files: GivenFile[];
  /** Files that are neither .json nor .zip. */
  skipped: number;
  /** Files past MAX_FILES, left out. */
  overLimit: number;
}

export const isZip = (name: string) => name.toLowerCase().endsWith(".zip");
const wanted = (name: string) => isZip(name) || name.toLowerCase().endsWith(".json");

export function sortGiven(all: GivenFile[]): GivenFiles {
  const files = all.filter((given) => wanted(given.fileName));
  files.sort((a, b) => a.fileName.localeCompare(b.fileName, "en", { numeric: true }));
  return {
    files: files.slice(0, MAX_FILES),
    skipped: all.length - files.length,
    overLimit: Math.max(0, files.length - MAX_FILES),
  };
}

export function fromFileList(list: FileList | readonly File[]): GivenFiles {
  return sortGiven(
    Array.from(list, (file) => ({ fileName: file.webkitRelativePath || file.name, file })),
  );
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walkEntry(entry: FileSystemEntry, into: GivenFile[]): Promise<void> {
  if (into.length > MAX_FILES * 2) return; // enough to report the limit; stop walking
  if (entry.isFile) {
    into.push({
      fileName: entry.fullPath.replace(/^\//, ""),
      file: await entryFile(entry as FileSystemFileEntry),
    });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a folder in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return;
    for (const child of batch) await walkEntry(child, into);
  }
}

/** Must be called during the drop event: the browser empties `dataTransfer` afterwards. */
export function fromDrop(transfer: DataTransfer): Promise<GivenFiles> {
  const entries = Array.from(transfer.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((entry) => entry === null)) return Promise.resolve(fromFileList(transfer.files));
  return (async () => {
    const all: GivenFile[] = [];
    for (const entry of entries) await walkEntry(entry!, all);
    return sortGiven(all);
  })();
}

interface DirectoryHandle {
  kind: "directory";
  name: string;
  values(): AsyncIterable<
    DirectoryHandle | { kind: "file"; name: string; getFile(): Promise<File> }
  >;
}
type DirectoryPicker = () => Promise<DirectoryHandle>;

/** The directory picker (Chromium); null where the browser has none (use a folder drop there). */
export function directoryPicker(): DirectoryPicker | null {
  const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === "function" ? picker.bind(globalThis) : null;
}

export async function fromDirectory(handle: DirectoryHandle, prefix = ""): Promise<GivenFile[]> {
  const all: GivenFile[] = [];
  for await (const child of handle.values()) {
    if (all.length > MAX_FILES * 2) break;
    const path = `${prefix}${handle.name}/`;
    if (child.kind === "directory") all.push(...(await fromDirectory(child, path)));
    else all.push({ fileName: `${path}${child.name}`, file: await child.getFile() });
  }
  return all;
}
