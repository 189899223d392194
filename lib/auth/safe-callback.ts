/** Only same-site relative paths may be followed after sign-in (no open redirects). */
export function safeCallbackPath(candidate: string | undefined): string | null {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return null;
  return candidate;
}
