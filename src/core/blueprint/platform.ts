import type { Platform } from "./model";

/**
 * The platform a blueprint was exported from, read off `metadata.zone`: the only reliable marker
 * (blueprint format §8). Fusion hosts are *.workfrontfusion.com; Integromat-era exports name
 * *.integromat.com; Make (and Make hosted for Celonis) *.make.com / *.make.celonis.com.
 */
export function platformOf(zone: string | null): Platform {
  if (!zone) return "unknown";
  const host = zone.trim().toLowerCase();
  if (/(^|\.)workfrontfusion\.com$/.test(host)) return "fusion";
  if (/(^|\.)integromat\.com$/.test(host)) return "integromat";
  if (/(^|\.)make\.com$/.test(host) || /(^|\.)make\.celonis\.com$/.test(host)) return "make";
  return "unknown";
}
