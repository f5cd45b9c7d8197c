import { describe, expect, it } from "vitest";
import { readBlueprint } from "./read";
import { REDACTED, redactBlueprint, redactValue } from "./redact";
import { fixtureFiles, fixtureText } from "../../../test/fixtures";

describe("redact", () => {
  it("removes connection and webhook ids and e-mail addresses from a real export, keeping module ids", () => {
    const text = fixtureText("022-community-manager-imthook.json");
    const redacted = redactBlueprint(text);
    const before = readBlueprint(text);
    const after = readBlueprint(redacted);
    if (!before.ok || !after.ok) throw new Error("both must read");
    expect(after.scenario.modules.map((m) => m.module)).toEqual(
      before.scenario.modules.map((m) => m.module),
    );
    const ids = after.scenario.modules
      .flatMap((m) => [...m.connections.map((c) => c.id), m.webhook?.id])
      .filter((id) => id !== undefined && id !== null);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id === REDACTED)).toBe(true);
    expect(redacted).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
  });

  it.each(fixtureFiles().filter((file) => !file.includes(".broken.")))(
    "%s stays valid JSON with the same modules and no connection id left",
    (file) => {
      const text = fixtureText(file);
      const before = readBlueprint(text);
      const after = readBlueprint(redactBlueprint(text));
      if (!before.ok || !after.ok) throw new Error("both must read");
      expect(after.scenario.modules.map((m) => [m.key, m.module, m.version])).toEqual(
        before.scenario.modules.map((m) => [m.key, m.module, m.version]),
      );
      const ids = after.scenario.modules.flatMap((m) => m.connections.map((c) => c.id));
      expect(ids.every((id) => id === null || id === REDACTED)).toBe(true);
    },
  );

  it("keeps connection types (no secret, what a reader needs) and redacts scenario input defaults", () => {
    const text = fixtureText("001-cricket-responder-bot-77mods.json");
    const types = (input: string) => {
      const result = readBlueprint(input);
      if (!result.ok) throw new Error("must read");
      return result.scenario.modules.flatMap((m) => m.connections.map((c) => c.type));
    };
    expect(types(redactBlueprint(text))).toEqual(types(text));
    expect(types(text)).toContain("slack2");
    const io = fixtureText("011-instructor-onboarding-io.json");
    expect(io).toContain("6611389");
    expect(redactBlueprint(io)).not.toContain("6611389");
    expect(
      redactBlueprint('{"account": 12, "connection": 34, "data": {"connection": "google"}}'),
    ).toBe(
      `{"account": "${REDACTED}", "connection": "${REDACTED}", "data": {"connection": "google"}}`,
    );
  });

  it("removes secrets from URLs and Authorization headers", () => {
    expect(redactValue("Bearer sk-abcdefghijkl1234")).toBe(`Bearer ${REDACTED}`);
    expect(redactValue("https://api.example.com/x?api_key=abc123&page=2")).toBe(
      `https://api.example.com/x?api_key=${REDACTED}&page=2`,
    );
    expect(redactValue("https://bob:hunter2@example.com/")).toBe(
      `https://${REDACTED}@example.com/`,
    );
    expect(redactValue("https://hook.eu1.make.com/abcdef123456")).toBe(
      `https://hook.eu1.make.com/${REDACTED}`,
    );
    expect(redactValue("mail jane.doe@example.com now")).toBe("mail <e-mail> now");
  });

  it("keeps the layout and member order, and survives deep nesting", () => {
    expect(redactBlueprint('{"b":1,"a":{"__IMTCONN__":5, "hook": "<HOOK_1>"}}')).toBe(
      `{"b":1,"a":{"__IMTCONN__":"${REDACTED}", "hook": "${REDACTED}"}}`,
    );
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect(() => redactBlueprint(deep)).not.toThrow();
  });
});
