import { preferredTimeZones } from "./zones";

export type ZoneChoice = { value: string; label: string };
export type ZoneChoices = { preferred: ZoneChoice[]; other: ZoneChoice[] };

function offsetOf(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return (part ?? "GMT").replace("GMT", "UTC") || "UTC";
}

/**
 * The zones a picker offers: the fair's markets first, then every other zone,
 * each labelled with its current UTC offset. Built on the server so the browser
 * renders exactly the same list (its ICU data may differ from Node's).
 */
export function timeZoneChoices(at = new Date()): ZoneChoices {
  const preferred = new Set(preferredTimeZones);
  const toChoice = (zone: string): ZoneChoice => ({
    value: zone,
    label: zone === "UTC" ? zone : `${zone} (${offsetOf(zone, at)})`,
  });
  return {
    preferred: preferredTimeZones.map(toChoice),
    other: Intl.supportedValuesOf("timeZone")
      .filter((zone) => !preferred.has(zone))
      .map(toChoice),
  };
}
