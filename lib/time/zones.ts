/** IANA zone names this runtime knows; validates what users pick. */
const supported = new Set<string>(Intl.supportedValuesOf("timeZone"));
supported.add("UTC");

export function isValidTimeZone(zone: string): boolean {
  return supported.has(zone);
}

/** The zones offered in pickers: those of the fair's markets first, then all others. */
export const preferredTimeZones = [
  "Asia/Shanghai",
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
  "Europe/Minsk",
  "Asia/Almaty",
  "UTC",
];
