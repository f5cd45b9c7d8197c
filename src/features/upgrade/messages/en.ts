import { HANDOVER_WORDS_EN } from "../../../core/handover/words";

/** Messages of the upgrade wizard and the upgrade guide. The plan words come from core/handover. */
const en = {
  ...HANDOVER_WORDS_EN,
  "page.title": "Upgrade your scenario",
  "page.intro":
    "One step at a time, in an order that keeps the scenario working. Your progress stays in this browser.",
  "page.loading": "Reading the scenario you checked last…",
  "page.scenario": "Scenario: {name}",
  "none.title": "No scenario to upgrade yet",
  "none.body":
    "The wizard works on the scenario you checked last in Diagnose. Paste its blueprint there first: it stays in this browser.",
  "none.diagnose": "Check a scenario in Diagnose",
  "none.guide": "Read the general guide to upgrading a module",
  "failed.title": "The last scenario could not be read again",
  "failed.body": "Check it again in Diagnose to start the upgrade. ({message})",
  "nothing.title": "Nothing to upgrade",
  "nothing.body":
    "No module of this scenario is affected by a breaking change the app knows. Keep the backup and check again when Adobe announces new changes.",
  "progress.label": "Upgrade progress",
  "progress.text": "{done} of {total} steps done",
  "progress.allDone": "All steps are done.",
  "steps.title": "Steps",
  "step.number": "Step {number}",
  "step.current": "current step",
  "step.check": "Done",
  "step.checkLabel": "Step {number} done: {title}",
  "step.open": "Show step {number}",
  "step.details": "Show the details",
  "step.hideDetails": "Hide the details",
  "step.next": "Next step",
  "step.verified": "Checked off by the re-exported blueprint",
  "step.summaryNote": "From the catalog:",
  "step.where": "Where in the scenario",
  "minimap.label": "Picture of the scenario: {total} modules, the {count} of this step highlighted",
  "export.title": "Hand over the plan",
  "export.intro":
    "Give the checklist to whoever does the work in {platform}, or keep it with the ticket.",
  "export.redact": "Hide connection ids, webhook ids and e-mail addresses",
  "export.markdown": "Download Markdown",
  "export.csv": "Download CSV",
  "export.print": "Print",
  "export.copy": "Copy as text",
  "export.copied": "The plan is in the clipboard.",
  "export.copyFailed": "The browser did not allow copying. Download the plan instead.",
  "verify.title": "Verify the upgrade",
  "verify.intro":
    "After the upgrade, export the blueprint again in {platform} (More › Export Blueprint), then paste it here, drop the file or open it. Each step is checked against it.",
  "verify.input": "Re-exported blueprint",
  "verify.open": "Open a file",
  "verify.dropHint": "You can also drop the file on this box.",
  "verify.check": "Check the blueprint",
  "verify.running": "Checking the blueprint…",
  "verify.summary": "{done} of {total} steps are done in the re-exported blueprint.",
  "verify.checkedOff": "Steps shown done are checked off.",
  "verify.done": "done",
  "verify.todo": "still to do",
  "verify.newFindings": "New in this blueprint",
  "verify.noNew": "Nothing new: the re-exported blueprint has no finding the plan did not know.",
  "verify.finding": "{app} ({ref}): {modules}",
  "verify.error.empty": "There is nothing to check yet: paste or open the re-exported blueprint.",
  "verify.error.too-large": "This file is too large to be a blueprint.",
  "verify.error.invalid-json": "This is not valid JSON (line {line}, column {column}).",
  "verify.error.not-a-blueprint": "This JSON is not a scenario blueprint.",
  "verify.crash": "The check stopped unexpectedly: {message}",
  "recent.title": "Recent scenarios",
  "recent.empty": "Progress you make is listed here.",
  "recent.progress": "{done} of {total} steps done, last change {date}",
  "recent.current": "This scenario",
  "recent.reset": "Reset",
  "recent.resetLabel": "Reset the progress of {name}",
  "recent.resetDone": "The progress of {name} was reset.",
  "storage.unavailable":
    "This browser does not let the app store anything (storage is off or blocked). Your progress is kept until you close this tab.",
  "storage.quota":
    "The browser’s storage for this app is full, so the latest progress was not saved. It is kept until you close this tab; resetting old scenarios frees space.",
  "storage.corrupted":
    "The saved progress of this scenario could not be read, perhaps written by an older version. The wizard starts fresh; your next check-off saves over it.",
  "storage.otherTab": "Progress updated from another tab.",
  "guide.link": "General guide to upgrading a module",
  "guide.title": "Upgrade a module to a new version",
  "guide.intro":
    "When Fusion releases a newer version of a module, the module shows a badge in the scenario editor. You upgrade the scenario in place: you do not need a new scenario.",
  "guide.badge.title": "Spot the badge",
  "guide.badge.body":
    "The badge, {badge}, is a small green disc with two white chevrons at the lower right of the module’s round icon.",
  "guide.backup.title": "Before you start",
  "guide.backup.body":
    "Export the blueprint (More › Export Blueprint) or clone the scenario, so you can go back if something breaks.",
  "guide.workfront.title": "Upgrade a Workfront module",
  "guide.workfront.badge": "Click the {badge} badge on the module.",
  "guide.workfront.choose": "Choose one of three buttons:",
  "guide.workfront.upgrade":
    "{upgrade} upgrades this module. Adobe says its configuration is kept.",
  "guide.workfront.upgradeAll": "{upgradeAll} upgrades every Workfront module of the scenario.",
  "guide.workfront.chooseNew":
    "{chooseNew} puts a different module in its place; then follow the steps for other apps below.",
  "guide.workfront.save": "Save the scenario.",
  "guide.workfront.review":
    "Adobe recommends opening each upgraded Workfront module afterwards to check its configuration.",
  "guide.other.title": "Upgrade a module of any other app",
  "guide.other.badge": "Click the {badge} badge on the module.",
  "guide.other.chooseNew": "Click {chooseNew}.",
  "guide.other.pick": "Pick the module that replaces the old one.",
  "guide.other.configure": "Configure it with the same settings as the old module.",
  "guide.other.wire": "Connect it at the same place in the scenario.",
  "guide.other.delete": "Delete the old module.",
  "guide.other.save": "Save the scenario.",
  "guide.tools.title": "Devtool helpers for a manual swap",
  "guide.tools.intro": "The Devtool’s Tools tab has helpers that save typing:",
  "guide.tools.copyMapping":
    "Copy Mapping copies field values from one module to another and overwrites the target’s values. Into a module of a different type, it wipes them: re-enter those by hand.",
  "guide.tools.copyFilter": "Copy Filter copies a filter.",
  "guide.tools.swapConnection":
    "Swap Connection copies a module’s connection to every module of the same app.",
  "guide.tools.remapSource": "Remap Source points mappings from one source module to another.",
  "guide.tools.metadata": "Get App Metadata shows which app version a module uses.",
  "guide.labels": "Button names are given as Adobe’s documentation writes them.",
  "guide.diagnose.title": "Find what needs upgrading",
  "guide.diagnose.body":
    "Diagnose lists the modules of your scenario that a breaking change affects; the wizard then takes you through them one step at a time.",
  "guide.diagnose.link": "Check a scenario",
  "guide.source": "Source: the page “Upgrade a module to a new version” on Adobe Experience League",
  "guide.external": "(opens Experience League, Adobe’s site)",
} as const;

export default en;
export type UpgradeMessages = typeof en;
