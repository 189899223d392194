import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, pickMessages } from "./client-messages";

const root = path.resolve(".");
const sourceDirs = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module that runs in the browser: "use client" files and what they import, transitively. */
function clientModules(): string[] {
  const files = sourceDirs.flatMap((dir) => sourceFiles(path.join(root, dir)));
  const queue = files.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // Server actions imported by client components run on the server.
    if (/^\s*["']use server["']/.test(text)) continue;
    for (const match of text.matchAll(/(?:import|export)\s[^"']*?from\s+["']([^"']+)["']/g)) {
      const target = resolveImport(file, match[1]);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

const covered = (namespace: string) =>
  clientNamespaces.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));

describe("messages sent to the browser", () => {
  const modules = clientModules();

  it("finds the client components", () => {
    expect(modules.some((file) => file.endsWith(path.join("components", "products", "product-form.tsx")))).toBe(true);
  });

  it("cover every namespace a client component translates with", () => {
    const missing: string[] = [];
    for (const file of modules) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const argument = match[1].trim();
        const literal = /^["']([\w.]+)["']$/.exec(argument)?.[1];
        if (!literal)
          missing.push(`${path.relative(root, file)}: useTranslations(${argument}) needs a literal namespace`);
        else if (!covered(literal)) missing.push(`${path.relative(root, file)}: "${literal}"`);
      }
      if (/\buseMessages\(/.test(text))
        missing.push(`${path.relative(root, file)}: useMessages() sees only the picked ones`);
    }
    expect(missing, "add these to clientNamespaces in lib/i18n/client-messages.ts").toEqual([]);
  });

  it("picks nested namespaces without touching the original", () => {
    const messages = {
      a: { b: { c: "1" }, d: "2" },
      e: { f: "3" },
      g: "4",
    };
    const copy = structuredClone(messages);
    expect(pickMessages(messages, ["a.b", "e", "missing.x", "g"])).toEqual({
      a: { b: { c: "1" } },
      e: { f: "3" },
      g: "4",
    });
    expect(pickMessages(messages, ["a.b", "a"])).toEqual({ a: messages.a });
    expect(pickMessages(messages, ["a", "a.b"])).toEqual({ a: messages.a });
    expect(messages).toEqual(copy);
  });
});
