import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { roleHas, type Permission } from "@/lib/auth/permissions";
import { isStorableText, unstorableField, withoutUnstorableCharacters } from "@/lib/validation/storable-text";
import type { FormState } from "./form-state";
import { formDataToObject, zodIssuesToFieldKeys } from "./form-data";
import { log } from "@/lib/log";

type Options<S extends z.ZodType, Auth extends boolean> = {
  schema: S;
  /** false for public forms such as sign-up; otherwise a signed-in actor is required. */
  auth: Auth;
  permission?: Permission;
  handler: (input: z.output<S>, actor: Auth extends true ? Actor : null) => Promise<FormState | void>;
};

/**
 * The one path every form action takes: session -> permission -> input refused when
 * a field (or its name) holds text PostgreSQL cannot store -> parse with zod -> domain
 * function -> AppError to a message in the user's language.
 */
export function defineFormAction<S extends z.ZodType, Auth extends boolean>(options: Options<S, Auth>) {
  return async function formAction(_previous: FormState, formData: FormData): Promise<FormState> {
    const t = await getTranslations("errors");
    const values = formDataToObject(formData);
    const safeValues = Object.fromEntries(
      Object.entries(values)
        .filter(([key]) => !/password/i.test(key) && isStorableText(key))
        // Echoed into the form again: without the characters that were refused.
        .map(([k, v]) => [k, withoutUnstorableCharacters(Array.isArray(v) ? v.join(",") : v)]),
    );
    const fail = (
      formError?: string,
      fieldKeys: Record<string, string> = {},
      params?: Record<string, string | number>,
    ): FormState => ({
      status: "error",
      formError,
      fieldErrors: Object.fromEntries(
        Object.entries(fieldKeys).map(([field, key]) => [field, t(key as never, params as never)]),
      ),
      values: safeValues,
    });

    try {
      const actor = options.auth ? await getActor() : null;
      if (options.auth && !actor) return fail(t("unauthenticated"));
      if (actor && options.permission && !roleHas(actor.role, options.permission)) return fail(t("forbidden"));

      const unstorable = unstorableField(values);
      if (unstorable) return fail(t("checkFields"), { [unstorable]: "unstorableText" });

      const parsed = options.schema.safeParse(values);
      if (!parsed.success) return fail(t("checkFields"), zodIssuesToFieldKeys(parsed.error.issues));

      const result = await options.handler(parsed.data, actor as never);
      return result ?? { status: "success" };
    } catch (error) {
      if (error instanceof AppError) {
        return fail(t(error.messageKey as never, error.params as never), error.fields, error.params);
      }
      if (isDatabaseUnavailable(error)) {
        log.warn("form action: database unavailable", { err: error });
        return fail(t("databaseDown"));
      }
      log.error("form action failed", { err: error });
      return fail(t("unexpected"));
    }
  };
}
