import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Puts a bench's section (starting with `heading`, a "## " line) into the
 * benchmarks document: replaces that section when it is there, else appends it.
 * Every bench writes its numbers through this one function.
 */
export function writeBenchSection(
  heading: string,
  section: string,
  { file = "docs/benchmarks.md", intro = "# Benchmarks\n" }: { file?: string; intro?: string } = {},
): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : intro;
  const start = current.indexOf(heading);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const after = current.indexOf("\n## ", start + heading.length);
    next = `${current.slice(0, start)}${section}${after === -1 ? "" : current.slice(after)}`;
  }
  writeFileSync(file, `${next.trimEnd()}\n`);
}
