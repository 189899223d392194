/**
 * Every form server action (each exported function of every app/** /actions.ts, so a new
 * one cannot be forgotten) called by a signed-in actor of the role it serves, with every
 * form field holding a NUL character, a lone surrogate, a 1 MB string or another
 * organization's id. Hostile text must come back as a form error and write nothing;
 * another organization's ids must never end in "something went wrong" or a throw.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/form-state";
import { stopBoss } from "@/lib/jobs/boss";
import { beforeTheFair, createMeetingWorld } from "../factories/meetings";
import { longestStoredText, tableDigests } from "../support/table-digests";

// The signed-in actor the mocked session returns; set before each call.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => new Map() }));
vi.mock("next-intl/server", async () => {
  // The catalogues read directly: lib/i18n/request imports next-intl/server, this very mock.
  const { createTranslator } = await import("next-intl");
  const fs = await import("node:fs");
  const dir = path.resolve("messages/en");
  const messages = Object.fromEntries(
    fs
      .readdirSync(dir)
      .map((file) => [file.replace(/\.json$/, ""), JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))]),
  );
  return {
    getLocale: async () => "en",
    getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace }),
  };
});

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Every actions.ts under app/, with the functions it exports. */
async function discoverActions(): Promise<{ file: string; name: string; action: FormAction }[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "actions.ts") files.push(full);
    }
  };
  walk(path.resolve("app"));
  const found = [];
  for (const file of files.sort()) {
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function")
        found.push({ file: path.relative("app", file), name, action: value as FormAction });
    }
  }
  return found;
}

/** Field names of every form in the app (name="..."), so each action gets its own fields among them. */
function formFieldNames(): string[] {
  const names = new Set<string>(["id", "productId", "meetingId", "requestId", "sessionId", "organizationId"]);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".tsx")) {
        const source = readFileSync(full, "utf8");
        for (const match of source.matchAll(/name="([A-Za-z][\w.]*)"/g)) names.add(match[1]);
      }
    }
  };
  walk(path.resolve("app"));
  walk(path.resolve("components"));
  return [...names];
}

let world: Awaited<ReturnType<typeof createMeetingWorld>>;
let actions: Awaited<ReturnType<typeof discoverActions>>;
let fields: string[];

/** The actor an action's page serves: its folder names the role. */
function actorFor(file: string): Actor | null {
  if (file.includes("signup") || file.includes("login")) return null;
  if (file.includes("admin")) return world.organizer;
  if (file.includes("supplier") || file.includes("dashboard")) return world.supplier.actor;
  return world.buyer.actor;
}

function formWith(value: string): FormData {
  const form = new FormData();
  for (const name of fields) form.append(name, value);
  return form;
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: beforeTheFair });
  world = await createMeetingWorld({ suppliers: 2, buyers: 2 });
  actions = await discoverActions();
  fields = formFieldNames();
}, 120_000);

afterAll(async () => {
  await stopBoss();
  vi.useRealTimers();
});

describe("hostile input through every form action", () => {
  it("discovers the form actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(50);
  });

  // A lone surrogate cannot travel in a form: FormData (in the browser and here) turns it
  // into U+FFFD, so only NUL reaches the action as unstorable text.
  it("refuses a NUL character in every field with a field message and writes nothing", async () => {
    const before = await tableDigests();
    for (const { file, name, action } of actions) {
      signedIn.actor = actorFor(file);
      const state = await action({ status: "idle" }, formWith("a\u0000b"));
      expect(state.status, `${file} ${name}`).toBe("error");
      if (state.status !== "error") continue;
      expect(Object.values(state.fieldErrors), `${file} ${name}`).toContain(
        "This field contains characters that cannot be saved (such as a null character). Remove them and try again.",
      );
      expect(Object.values(state.values).join(""), "echoed without the NUL").not.toContain("\u0000");
    }
    expect(await tableDigests()).toEqual(before);
  });

  it("never stores a 1 MB string and never fails unexpectedly on one", async () => {
    const huge = "x".repeat(1 << 20);
    for (const { file, name, action } of actions) {
      signedIn.actor = actorFor(file);
      const state = await action({ status: "idle" }, formWith(huge));
      if (state.status === "error")
        expect(state.formError ?? "", `${file} ${name}`).not.toContain("Something went wrong");
    }
    expect(await longestStoredText()).toBeLessThan(1 << 20);
  }, 120_000);

  it("answers another organization's ids with a form answer, never an unexpected error", async () => {
    const others = [world.suppliers[1].organization.id, world.buyers[1].organization.id, world.session.id];
    for (const id of others) {
      for (const { file, name, action } of actions) {
        signedIn.actor = actorFor(file);
        const state = await action({ status: "idle" }, formWith(id));
        if (state.status === "error") {
          expect(state.formError ?? "", `${file} ${name} with ${id}`).not.toContain("Something went wrong");
        }
      }
    }
  }, 120_000);
});
