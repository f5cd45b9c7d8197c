import { describe, expect, it } from "vitest";
import { readSavedRecord } from "./saved-blueprint";

const savedAt = "2026-11-29T10:00:00.000Z";

describe("readSavedRecord (the kept blueprint, checked on read)", () => {
  it("reads a Blob record and a text record from before Blobs, as a file", async () => {
    const fromBlob = readSavedRecord({ blob: new Blob(['{"flow":[]}']), savedAt });
    const fromText = readSavedRecord({ text: '{"flow":[]}', savedAt });
    expect(await fromBlob?.file.text()).toBe('{"flow":[]}');
    expect(await fromText?.file.text()).toBe('{"flow":[]}');
    expect(fromText?.savedAt).toBe(savedAt);
  });

  it.each([
    { text: "{}", savedAt: "not a date" },
    { text: "{}", savedAt: "0" },
    { text: "{}", savedAt: "2026-13-45" },
    { text: 42, savedAt },
    { blob: "not a blob", savedAt },
    { savedAt },
    null,
    "text",
  ])("refuses what this app never wrote: %j", (value) => {
    expect(readSavedRecord(value)).toBeNull();
  });
});
