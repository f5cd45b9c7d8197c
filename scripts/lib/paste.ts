import type { Page } from "@playwright/test";

/** A real paste event, with the text in its clipboardData, aimed at the page body. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.setData("text/plain", content);
    document.body.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
