import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActions } from "@/lib/audit/actions";
import { Currency } from "@/lib/generated/prisma/enums";
import { messageNamespaces } from "./request";
import { routing } from "./routing";

type Tree = { [key: string]: string | Tree };

const load = (locale: string, namespace: string) =>
  JSON.parse(readFileSync(path.resolve("messages", locale, `${namespace}.json`), "utf8")) as Tree;

/** Every leaf as "a.b.c", so two locales compare as sets of keys. */
function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

describe("message catalogues", () => {
  it.each(messageNamespaces.flatMap((namespace) => routing.locales.map((locale) => [namespace, locale])))(
    "%s in %s has exactly the English keys",
    (namespace, locale) => {
      expect(leafKeys(load(locale, namespace)).sort()).toEqual(leafKeys(load("en", namespace)).sort());
    },
  );

  it.each(routing.locales)("names every audit action in %s", (locale) => {
    const actions = lookup(load(locale, "admin"), "audit.actions") as Tree;
    for (const action of auditActions) expect(lookup(actions, action), action).toEqual(expect.any(String));
  });

  it.each(routing.locales)("names every currency in %s (one list for every form)", (locale) => {
    for (const currency of Object.values(Currency)) {
      expect(lookup(load(locale, "common"), `currencies.${currency}`), currency).toMatch(
        new RegExp(`^${currency}(?![A-Z])`),
      );
    }
  });
});
