import path from "node:path";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { defineFormAction } from "./define-form-action";
import type { UploadedFiles } from "./uploaded-files";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn.actor }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const fs = await import("node:fs");
  const errors = JSON.parse(fs.readFileSync(path.resolve("messages/en/errors.json"), "utf8"));
  return {
    getTranslations: async (namespace: "errors") => createTranslator({ locale: "en", messages: { errors }, namespace }),
  };
});

const supplier = { id: "u1", role: "SUPPLIER", organizationId: "o1", locale: "en", timeZone: "UTC" } as Actor;
const idle = { status: "idle" } as const;

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

beforeEach(() => {
  signedIn.actor = supplier;
});

describe("defineFormAction with uploaded files", () => {
  it("hands the declared fields' files to the handler as bytes, ignoring text sent in them", async () => {
    let received: UploadedFiles<"images"> | undefined;
    const action = defineFormAction({
      schema: z.object({ title: z.string() }),
      auth: true,
      files: ["images"],
      handler: async (_input, _actor, files) => {
        received = files;
      },
    });
    const state = await action(
      idle,
      form([
        ["title", "Teapot"],
        ["images", new File(["first"], "a.png")],
        ["images", "not a file"],
        ["images", new File(["second"], "b.png")],
      ]),
    );
    expect(state).toEqual({ status: "success" });
    expect(received?.images.map((file) => [file.name, file.bytes.toString()])).toEqual([
      ["a.png", "first"],
      ["b.png", "second"],
    ]);
  });

  it("reads no file for a caller who is not signed in", async () => {
    signedIn.actor = null;
    const file = new File(["secret"], "a.png");
    const read = vi.spyOn(file, "arrayBuffer");
    const handler = vi.fn(async () => undefined);
    const action = defineFormAction({ schema: z.object({}), auth: true, files: ["logo"], handler });
    const state = await action(idle, form([["logo", file]]));
    expect(state.status).toBe("error");
    expect(read).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("defineFormAction with a redirect", () => {
  it("lets next/navigation's redirect through to Next.js instead of answering 'something went wrong'", async () => {
    const action = defineFormAction({
      schema: z.object({}),
      auth: true,
      handler: async () => redirect("/en/admin/organizations?decided=approve"),
    });
    const failure = await action(idle, form([])).catch((error: unknown) => error);
    expect(isRedirectError(failure)).toBe(true);
  });
});

describe("defineFormAction with a domain function's zod error", () => {
  it("shows each issue beside its field, like its own parse", async () => {
    const domainSchema = z.object({ startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "required") });
    const action = defineFormAction({
      schema: z.object({ startDate: z.string() }),
      auth: true,
      handler: async (input) => {
        domainSchema.parse(input);
      },
    });
    const state = await action(idle, form([["startDate", "tomorrow"]]));
    expect(state).toEqual({
      status: "error",
      formError: "Please correct the highlighted fields.",
      fieldErrors: { startDate: "This field is required." },
      values: { startDate: "tomorrow" },
    });
  });
});
