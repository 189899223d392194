import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessageSections, pickMessages, type MessageSection } from "./client-messages";

const root = path.resolve(".");

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

const isClient = (text: string) => /^\s*["']use client["']/.test(text);

/**
 * The namespaces that client components reachable from `entries` translate with:
 * imports are followed from the entries, and once inside a "use client" module,
 * everything it imports runs in the browser too (server actions excepted).
 */
function clientNamespacesReached(entries: string[]): {
  namespaces: Set<string>;
  problems: string[];
  modules: Set<string>;
} {
  const namespaces = new Set<string>();
  const problems: string[] = [];
  const modules = new Set<string>();
  const seen = new Set<string>();
  const queue = entries.map((file) => ({ file, client: false }));
  while (queue.length > 0) {
    const { file, client: inClient } = queue.pop()!;
    const text = readFileSync(file, "utf8");
    const client = inClient || isClient(text);
    if (seen.has(`${client}:${file}`)) continue;
    seen.add(`${client}:${file}`);
    if (client) {
      // Server actions imported by client components run on the server.
      if (/^\s*["']use server["']/.test(text)) continue;
      modules.add(file);
      for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^["']([\w.]+)["']$/.exec(match[1].trim())?.[1];
        if (literal) namespaces.add(literal);
        else problems.push(`${path.relative(root, file)}: useTranslations(${match[1]}) needs a literal namespace`);
      }
      if (/\buseMessages\(/.test(text))
        problems.push(`${path.relative(root, file)}: useMessages() sees only the picked ones`);
    }
    for (const match of text.matchAll(/(?:import|export)\s[^"']*?from\s+["']([^"']+)["']/g)) {
      const target = resolveImport(file, match[1]);
      if (target) queue.push({ file: target, client });
    }
  }
  return { namespaces, problems, modules };
}

const covered = (namespace: string, picked: readonly string[]) =>
  picked.some((name) => namespace === name || namespace.startsWith(`${name}.`));

const localeDir = path.join(root, "app", "[locale]");
const sectionDirs = readdirSync(localeDir).filter((name) => statSync(path.join(localeDir, name)).isDirectory());
/** The section a folder's layout provides messages for, or "root" when it has no such layout. */
function sectionOf(dir: string): MessageSection {
  const layout = path.join(localeDir, dir, "layout.tsx");
  if (!existsSync(layout)) return "root";
  const named = /<SectionMessages section="(\w+)"/.exec(readFileSync(layout, "utf8"))?.[1];
  return (named ?? "root") as MessageSection;
}

describe("messages sent to the browser", () => {
  it("finds the client components", () => {
    const { modules } = clientNamespacesReached(sourceFiles(path.join(localeDir, "supplier")));
    expect([...modules].some((file) => file.endsWith(path.join("components", "products", "product-form.tsx")))).toBe(
      true,
    );
  });

  it("give every section the namespaces its client components translate with", () => {
    const missing: string[] = [];
    const rootFiles = readdirSync(localeDir)
      .map((name) => path.join(localeDir, name))
      .filter((file) => statSync(file).isFile());
    const areas = [
      { name: "app/[locale] (root)", section: "root" as MessageSection, files: rootFiles },
      ...sectionDirs.map((dir) => ({
        name: `app/[locale]/${dir}`,
        section: sectionOf(dir),
        files: sourceFiles(path.join(localeDir, dir)),
      })),
    ];
    for (const area of areas) {
      const { namespaces, problems } = clientNamespacesReached(area.files);
      missing.push(...problems);
      for (const namespace of namespaces) {
        if (!covered(namespace, clientMessageSections[area.section]))
          missing.push(`${area.name} (section "${area.section}"): "${namespace}"`);
      }
    }
    expect(missing, "add these to clientMessageSections in lib/i18n/client-messages.ts").toEqual([]);
  });

  it("has a layout for every section it lists", () => {
    const used = new Set(sectionDirs.map(sectionOf));
    const unused = Object.keys(clientMessageSections).filter(
      (section) => section !== "root" && !used.has(section as MessageSection),
    );
    expect(unused).toEqual([]);
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
