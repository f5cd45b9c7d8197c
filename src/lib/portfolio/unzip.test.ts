import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures";
import { MAX_FILES } from "./limits";
import { unzipBlueprints } from "./unzip";

describe("unzipBlueprints", () => {
  it("gives the .json files of a zip, sorted, and leaves the rest out", () => {
    const text = fixtureText("011-instructor-onboarding-io.json");
    const zip = zipSync({
      "b/second.json": strToU8(text),
      "a/first.JSON": strToU8("{}"),
      "notes.txt": strToU8("not a blueprint"),
      "__MACOSX/a/._first.json": strToU8("resource fork"),
    });
    const { parts, problem } = unzipBlueprints(zip);
    expect(problem).toBeNull();
    expect(parts.map((part) => part.fileName)).toEqual(["a/first.JSON", "b/second.json"]);
    expect(new TextDecoder().decode(parts[1]!.bytes)).toBe(text);
  });

  it("stops at the count limit and says so", () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_FILES + 5 }, (_, index) => [`${index}.json`, strToU8("{}")]),
    );
    const { parts, problem } = unzipBlueprints(zipSync(files, { level: 0 }));
    expect(problem).toBe("too-many");
    expect(parts).toHaveLength(MAX_FILES);
  });

  it("says a damaged or foreign file is unreadable", () => {
    expect(unzipBlueprints(strToU8("PK not a zip"))).toEqual({ parts: [], problem: "unreadable" });
  });
});
