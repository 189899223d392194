import type { z } from "zod";

/** FormData -> plain object; repeated keys (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : raw.name;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/**
 * Our schemas use message keys from the "errors" catalogue as zod messages;
 * anything else (a zod default) falls back to the generic "invalid".
 */
export function zodIssuesToFieldKeys(issues: z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.join(".") || "form";
    if (fields[field]) continue;
    fields[field] = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return fields;
}
