import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import compileMessage from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import {
  findMessageKeyUses,
  findMessagesShownVerbatim,
  sourceFilesUnder,
  type KeyUse,
} from "@/tests/support/message-key-usage";
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

  // The build compiles every message (next.config.js: precompile) and stops at the first it
  // cannot; this names them all. A literal "<" or "{" must be quoted: '<'token'>'.
  it.each(routing.locales)("every message in %s is valid ICU text, as the build compiles it", (locale) => {
    const invalid = messageNamespaces.flatMap((namespace) => {
      const tree = load(locale, namespace);
      return leafKeys(tree).flatMap((key) => {
        try {
          compileMessage(lookup(tree, key) as string);
          return [];
        } catch (error) {
          return [`${namespace}.${key}: ${(error as Error).message}`];
        }
      });
    });
    expect(invalid).toEqual([]);
  });

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

/** All of one locale's messages as next-intl sees them: { namespace: tree }. */
function catalogue(locale: string) {
  const leaves = new Set<string>();
  const groups = new Set<string>();
  const walk = (tree: Tree, prefix: string) => {
    groups.add(prefix);
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === "string") leaves.add(`${prefix}.${key}`);
      else walk(value, `${prefix}.${key}`);
    }
  };
  for (const namespace of messageNamespaces) walk(load(locale, namespace), namespace);
  return { leaves, groups };
}

function isDefined({ leaves, groups }: ReturnType<typeof catalogue>, use: KeyUse): boolean {
  if (use.kind === "prefix") return [...leaves].some((leaf) => leaf.startsWith(use.path));
  return leaves.has(use.path) || (use.kind === "raw" && groups.has(use.path));
}

/**
 * A key the code asks for that a catalogue lacks is rendered raw ("products.profile.added").
 * The keys are read from the source (tests/support/message-key-usage.ts): literal keys
 * of translators bound with a literal namespace. Keys built at run time cannot be checked
 * here: for a template key (`status.${status}`) only its fixed start must begin some message,
 * and keys held in variables are skipped (keep such keys in typed lists, like the audit
 * actions and currencies above, and test those lists).
 */
describe("message keys used in the code", () => {
  const root = path.resolve(".");
  const usage = findMessageKeyUses(root, sourceFilesUnder(root, ["app", "components", "lib"]));

  it("are found in app/, components/ and lib/", () => {
    expect(usage.files).toBeGreaterThan(300);
    expect(usage.uses.length).toBeGreaterThan(1000);
    const paths = new Set(usage.uses.map((use) => use.path));
    for (const known of [
      "account.dashboard.title", // getTranslations({ locale, namespace: "account.dashboard" }) in generateMetadata
      "account.dashboard.welcome", // getTranslations("account") in the page itself
      "availability.link", // (await getTranslations("availability"))("link")
      "mail.calendar.feedName", // mailTranslator(locale)("calendar.feedName")
    ]) {
      expect(paths, known).toContain(known);
    }
  });

  it.each(routing.locales)("exist in %s", (locale) => {
    const messages = catalogue(locale);
    const missing = usage.uses.filter((use) => !isDefined(messages, use));
    const lines = [...new Set(missing.map((use) => `${use.path}${use.kind === "prefix" ? "…" : ""}  (${use.where})`))];
    expect(lines, `missing in messages/${locale}/`).toEqual([]);
  });
});

describe("form action messages", () => {
  // A success message is shown by <FormStatus> as it is: an action must answer text in the
  // user's language (or nothing, letting the form say it), never a key such as "added".
  it("are never message keys shown as they are", () => {
    const root = path.resolve(".");
    expect(findMessagesShownVerbatim(root, sourceFilesUnder(root, ["app", "components"]))).toEqual([]);
  });
});

describe("the message key scanner", () => {
  it("tells translators apart by scope and follows them into helpers", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "message-keys-"));
    try {
      const file = path.join(dir, "page.tsx");
      writeFileSync(
        file,
        `
        export async function generateMetadata({ params }) {
          const t = await getTranslations({ locale: "en", namespace: "a.meta" });
          return { title: t("title") };
        }
        export default async function Page() {
          const t = await getTranslations("a");
          const tb = useTranslations("b");
          const list = ["x"].map((t) => t("notATranslator"));
          helper(tb);
          return [t("one"), t.rich("two"), t.has("three"), t(ok ? "four" : "five"), t(\`six.\${id}\`),
            t(variable), (await getTranslations("c"))("seven"), t.raw("group")];
        }
        function helper(t) { return t("eight"); }
        function unrelated(t) { return t("nine"); }
        `,
      );
      const { uses, dynamic } = findMessageKeyUses(dir, [file]);
      expect(uses.map((use) => [use.path, use.kind])).toEqual([
        ["a.meta.title", "key"],
        ["a.one", "key"],
        ["a.two", "key"],
        ["a.three", "key"],
        ["a.four", "key"],
        ["a.five", "key"],
        ["a.six.", "prefix"],
        ["c.seven", "key"],
        ["a.group", "raw"],
        ["b.eight", "key"],
      ]);
      expect(dynamic).toEqual(["page.tsx:12: t(variable)"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds an action's literal message that a FormStatus shows", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "message-keys-"));
    try {
      const actions = path.join(dir, "actions.ts");
      const form = path.join(dir, "form.tsx");
      writeFileSync(
        actions,
        `"use server";
        export const addAction = defineFormAction({ handler: async () => ({ status: "success", message: "added" }) });
        export const saveAction = defineFormAction({ handler: async () => ({ status: "success", message: t("saved") }) });`,
      );
      writeFileSync(
        form,
        `export function AddForm() {
          const [state, formAction] = useActionState(addAction, idleFormState);
          return <form action={formAction}><FormStatus state={state} success={t("added")} /></form>;
        }
        export function SaveForm() {
          const [state, formAction] = useActionState(saveAction, idleFormState);
          return <form action={formAction}><FormStatus state={state} /></form>;
        }`,
      );
      expect(findMessagesShownVerbatim(dir, [actions, form])).toEqual([
        `form.tsx:3: <FormStatus> shows addAction's message "added" as it is`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
