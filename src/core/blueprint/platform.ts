import type { Platform } from "./model";

/** The host a zone names, also when written as an address ("https://app.workfrontfusion.com/"). */
const hostOf = (zone: string) =>
  zone
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/[/:?#].*$/, "")
    .replace(/\.$/, "");

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The platform a blueprint was exported from, read off `metadata.zone`: the only reliable marker
 * (blueprint format §8). Fusion hosts are *.workfrontfusion.com; Integromat-era exports name
 * *.integromat.com; Make (and Make hosted for Celonis) *.make.com / *.make.celonis.com.
 */
export function platformOf(zone: string | null): Platform {
  if (!zone) return "unknown";
  const host = hostOf(zone);
  if (within(host, "workfrontfusion.com")) return "fusion";
  if (within(host, "integromat.com")) return "integromat";
  if (within(host, "make.com") || within(host, "make.celonis.com")) return "make";
  return "unknown";
}
