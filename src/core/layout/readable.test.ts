import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import { APP_COLOURS, appColour, appInitials, readableApp, readableModule } from "./readable";

function fixtureModules(file: string) {
  const read = readBlueprint(readFileSync(`test/fixtures/blueprints/${file}`, "utf8"));
  if (!read.ok) throw new Error(`${file} does not read`);
  return read.scenario.modules;
}

describe("readable names", () => {
  it("names the apps of a real export as people do", () => {
    const apps = new Set(fixtureModules("010-law4us-placeholders-null-id.json").map((m) => m.app));
    expect(apps.has("google-drive")).toBe(true);
    expect(readableApp("google-drive")).toBe("Google Drive");
  });

  it.each([
    ["gateway", "Webhooks"],
    ["http", "HTTP"],
    ["google-sheets2", "Google Sheets"],
    ["amazon-lambda", "Amazon Lambda"],
  ])("names the app %s %s", (app, name) => {
    expect(readableApp(app)).toBe(name);
  });

  it("turns module ids into words and keeps the user's label", () => {
    const modules = fixtureModules("010-law4us-placeholders-null-id.json");
    const upload = modules.find((m) => m.name === "uploadAFile")!;
    expect(readableModule(upload.name, upload.label)).toBe("Upload a File");
    expect(readableModule("ActionSendDataAPIKeyAuth", null)).toBe("Send Data API Key Auth");
    expect(readableModule("SetVariable2", null)).toBe("Set Variable");
    expect(readableModule("watchUpdatedCells", null)).toBe("Watch Updated Cells");
    const labelled = fixtureModules("015-hive-integration.json").find((m) => m.label)!;
    expect(readableModule(labelled.name, labelled.label)).toBe(labelled.label);
  });

  it("gives every module of every fixture a non-empty app name, module name and mark", () => {
    for (const file of [
      "001-cricket-responder-bot-77mods.json",
      "044-faktury-subflows-clipboard.json",
    ]) {
      for (const module of fixtureModules(file)) {
        expect(readableApp(module.app)).not.toBe("");
        expect(readableModule(module.name, module.label)).not.toBe("");
        expect(appInitials(readableApp(module.app))).toMatch(/^\S{1,2}$/u);
      }
    }
  });

  it("marks an app with two letters", () => {
    expect(appInitials("Google Drive")).toBe("GD");
    expect(appInitials("HTTP")).toBe("HT");
    expect(appInitials("Slack")).toBe("Sl");
  });

  it("gives an app the same colour every time, from the palette", () => {
    expect(appColour("google-drive")).toBe(appColour("google-drive"));
    expect(APP_COLOURS).toContain(appColour("slack"));
    const apps = new Set(fixtureModules("001-cricket-responder-bot-77mods.json").map((m) => m.app));
    const colours = new Set([...apps].map(appColour));
    expect(colours.size).toBeGreaterThan(1);
  });
});
