import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../src/core/blueprint/read";
import { checkFile } from "./lib/check-files";

const DIR = "test/fixtures/blueprints";
const run = (...args: string[]) => {
  const result = spawnSync(
    process.execPath,
    ["scripts/check-bin.mjs", "--today", "2026-11-25", ...args],
    { encoding: "utf8" },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe("fusion-check", () => {
  it("exits 0 when no file has a finding", () => {
    const { code, out } = run(`${DIR}/013-devops-cicd-pipeline.json`);
    expect(code).toBe(0);
    expect(out).toMatch(/make, \d+ modules, findings: expired 0, critical 0, warning 0, info 0/);
  });

  it("exits 1 with findings and lists them with severity, evidence and the platform note", () => {
    const { code, out } = run(`${DIR}/024-certificate-invoice-orphans.json`);
    expect(code).toBe(1);
    expect(out).toMatch(/\[warning\] A8 Google .* \(likely, 3 module\(s\)\)/);
    expect(out).toContain("    A rule in effect for the accounts it names: plan the change\n");
    expect(out).toContain(
      "    Check this: The connection’s account is a consumer Google address (@gmail.com);",
    );
    expect(out).toContain("    Documented for Fusion: check whether it applies in Make.\n");
    expect(out).not.toMatch(/egbuleomoze/);
  });

  it("says why a module of a catalog app is not affected (Slack on slack2)", () => {
    const { out } = run(`${DIR}/011-instructor-onboarding-io.json`);
    expect(out).not.toMatch(/\[\w+\] C5/);
    expect(out).toMatch(
      /\[not affected\] C5 Slack \(1 module\(s\)\): Connection type slack2 is the new connector’s/,
    );
  });

  it("exits 2 when a file cannot be parsed, and says where", () => {
    const { code, out } = run(
      `${DIR}/041-lyavoicecare-redacted-conn.broken.json`,
      `${DIR}/003-agency-intake-routing-crlf.json`,
    );
    expect(code).toBe(2);
    expect(out).toMatch(/line 108, column \d+/);
    expect(out).toContain("^");
  });

  it("prints one JSON report with the documented fields", () => {
    const { out } = run(
      "--json",
      `${DIR}/011-instructor-onboarding-io.json`,
      `${DIR}/041-lyavoicecare-redacted-conn.broken.json`,
    );
    const report = JSON.parse(out) as { files: Record<string, unknown>[] };
    expect(report.files).toHaveLength(2);
    const [ok, broken] = report.files;
    expect(ok).toMatchObject({
      file: `${DIR}/011-instructor-onboarding-io.json`,
      ok: true,
      error: null,
      platform: "make",
      modules: { total: 12 },
    });
    expect((ok?.findings as { ref: string }[]).map((f) => f.ref)).not.toContain("C5");
    expect(ok?.cleared).toContainEqual(
      expect.objectContaining({
        ref: "C5",
        evidence: expect.arrayContaining(["new-connector-connection:slack2"]) as unknown,
      }),
    );
    expect((ok?.findings as Record<string, unknown>[])[0]).toMatchObject({
      ref: "A6",
      severity: "info",
      urgency: "still-works",
      verdict: "check",
      documentedFor: ["fusion"],
      evidence: ["name-pattern:hubspotcrm", "documented-for:fusion"],
      platformNote: "Documented for Fusion: check whether it applies in Make.",
    });
    expect(broken).toMatchObject({
      ok: false,
      error: { code: "invalid-json", line: 108, hintCode: "connection-id-removed" },
      platform: null,
      findings: [],
      cleared: [],
    });
  });

  it("walks folders and writes a Markdown hand-over without connection ids", () => {
    const { code, out, err } = run("--markdown", DIR);
    expect(code).toBe(2); // the folder holds a broken file
    expect(err).toMatch(/35\/35/); // progress on stderr for many files
    expect(out).toMatch(/^# /m);
    expect(out).toContain("- [ ]");
    expect(out).toContain("Could not be read: A value is missing");
  });

  it("keeps connection ids and e-mail addresses out of the hand-over", () => {
    const file = `${DIR}/001-cricket-responder-bot-77mods.json`;
    const read = readBlueprint(readFileSync(file));
    if (!read.ok) throw new Error("001 must read");
    const ids = read.scenario.modules
      .flatMap((m) => m.connections.map((c) => c.id))
      .filter((id) => typeof id === "number");
    expect(ids.length).toBeGreaterThan(0);
    const { out } = run("--markdown", file);
    for (const id of ids) expect(out).not.toContain(String(id));
    expect(out).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
  });

  it("refuses a file over the limit from its size, without reading it", () => {
    // Sparse files: their size is set, no byte is written, none may be read.
    const folder = mkdtempSync(join(tmpdir(), "check-size-"));
    try {
      for (const [name, size] of [
        ["just-over.json", 200 * 1024 * 1024 + 1],
        ["three-gib.json", 3 * 1024 * 1024 * 1024],
      ] as const) {
        const path = join(folder, name);
        const handle = openSync(path, "w");
        ftruncateSync(handle, size);
        closeSync(handle);
        const result = checkFile(path, "2026-11-25");
        expect(result.ok, name).toBe(false);
        if (!result.ok) {
          expect(result.error.code, name).toBe("too-large");
          expect(result.error.message, name).toMatch(/^The file is \d+\.\d MB; the app reads/);
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
