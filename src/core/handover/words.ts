/**
 * The words of a plan description and its exports, in English. The app's upgrade messages
 * include these keys (translated in every language); the CLI passes this object as it is.
 * Templates use `{name}` placeholders, filled by `interpolate`.
 */
import type { Words } from "../locale/words";

export const HANDOVER_WORDS_EN = {
  "plan.doc.title": "Upgrade plan: {scenario}",
  "plan.doc.untitled": "Untitled scenario",
  "plan.doc.progress": "{done} of {total} steps done.",
  "plan.doc.generated":
    "Made on {date} with API Change Desk, in the browser: nothing was sent anywhere.",
  "plan.doc.redacted": "Connection ids, webhook ids and e-mail addresses are hidden.",
  "plan.label.step": "Step",
  "plan.label.status": "Status",
  "plan.label.title": "Title",
  "plan.label.what": "What and why",
  "plan.label.dates": "Dates",
  "plan.label.how": "How",
  "plan.label.urgency": "Severity",
  "plan.label.evidence": "What decided it",
  "plan.label.severityReason": "Why this severity",
  "plan.label.config": "Configuration",
  "plan.label.fields": "Fields to re-check",
  "plan.label.modules": "Modules",
  "plan.label.connections": "Connections and webhooks",
  "plan.label.sources": "Sources",
  "plan.status.done": "done",
  "plan.status.todo": "to do",
  "plan.hidden": "[hidden]",
  "plan.title.prepare": "Back up the scenario",
  "plan.title.connection": "Update the {app} connection",
  "plan.title.connector": "Move the {app} modules to the new connector",
  "plan.title.module": "Upgrade {module}",
  "plan.title.upgradeAll": "Upgrade all {app} modules at once",
  "plan.title.moduleGroup": "Upgrade the {count} {app} modules in one go",
  "plan.title.verify": "Check the upgraded scenario",
  "plan.what.prepare": "Keep a copy of the scenario you can go back to before you change anything.",
  "plan.what.verify": "Make sure the scenario still runs and that nothing affected is left.",
  "plan.what.auth": "{app}: the way this connection signs in changes.",
  "plan.what.endpoint": "{app}: an API this module uses changes or closes.",
  "plan.what.api-version": "{app}: a new API version replaces the one behind this connector.",
  "plan.what.replacement": "Replacement: {replacement}.",
  "plan.date.stopsWorking": "Stops working: {date}",
  "plan.date.deprecated": "Deprecated: {date}",
  "plan.date.removedFromSelector": "Removed from the module list: {date}",
  "plan.date.stopsWorking.undated": "Stops working on a date not yet announced",
  "plan.date.deprecated.undated": "Deprecated, no date given",
  "plan.date.removedFromSelector.undated": "Removed from the module list, no date given",
  "plan.fusion.badge": "“Upgrade module”",
  "plan.fusion.upgrade": "“Upgrade”",
  "plan.fusion.upgradeAll": "“Upgrade all”",
  "plan.fusion.chooseNew": "“Choose new”",
  "plan.how.backupExport":
    "Open the scenario in {platform}, open the More menu and choose “Export Blueprint”; keep the file.",
  "plan.how.backupClone": "Or clone the scenario and make the changes on the copy first.",
  "plan.how.badge": "In the scenario editor, click the green {badge} badge on {module}.",
  "plan.how.upgrade": "Click {upgrade}.",
  "plan.how.upgradeAll":
    "Click {upgradeAll}: {platform} upgrades every {app} module of the scenario at once.",
  "plan.how.chooseNew": "Click {chooseNew}.",
  "plan.how.pickReplacement": "Pick the module that replaces it: {replacement}.",
  "plan.how.configureSame": "Configure it with the same settings as the old module (fields below).",
  "plan.how.wire": "Connect it at the same place in the scenario.",
  "plan.how.deleteOld": "Delete the old module.",
  "plan.how.remapSource":
    "If later modules mapped the old module’s output: in the Devtool, Tools › Remap Source points them to the new module.",
  "plan.how.save": "Save the scenario.",
  "plan.how.openCheck": "Open each upgraded module and check its configuration.",
  "plan.how.newConnection": "Create a new {app} connection of the type {replacement}.",
  "plan.how.selectConnection":
    "Open each module that uses the old connection and select the new one.",
  "plan.how.swapConnection":
    "Shortcut: in the Devtool, Tools › Swap Connection copies one module’s connection to every module of the same app.",
  "plan.how.addFromConnector":
    "For each module, add the matching module of {replacement} next to it.",
  "plan.how.external":
    "Make the change in {app}’s own settings, as the sources describe; the scenario itself does not change.",
  "plan.how.none": "Nothing to change in the scenario yet; come back before the date above.",
  "plan.how.run": "Run the scenario once and check what it produces.",
  "plan.how.reexport":
    "Export the blueprint again (More › Export Blueprint) and paste it under “Verify” to check every step.",
  "plan.config.yes": "{platform} keeps the configuration; check it once after the upgrade.",
  "plan.config.no": "The configuration is not carried over: enter these fields again.",
  "plan.config.unknown":
    "Adobe does not say whether the configuration is kept: check these fields.",
  "plan.replacement.unknown": "its new version",
  "plan.module": "“{label}” ({id})",
  "plan.connection": "Connection “{label}” (id {id})",
  "plan.webhook": "Webhook “{label}” (id {id})",
  "plan.noLabel": "no label",
} as const;

export type HandoverKey = keyof typeof HANDOVER_WORDS_EN;
export type HandoverWords = Words<typeof HANDOVER_WORDS_EN>;
