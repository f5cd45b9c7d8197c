import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** Runs axe on the page as it is now; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}
