import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZodError, type z } from "zod";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { getActor } from "@/lib/auth/session";
import { errorMessage } from "@/lib/i18n/error-message";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { isStorableText, unstorableField, withoutUnstorableCharacters } from "@/lib/validation/storable-text";
import type { FormState } from "./form-state";
import { formDataToObject, zodIssuesToFieldKeys } from "./form-data";
import { readUploadedFiles, type UploadedFiles } from "./uploaded-files";
import { log } from "@/lib/log";

type Options<S extends z.ZodType, Auth extends boolean, F extends string> = {
  schema: S;
  /** false for public forms such as sign-up; otherwise a signed-in actor is required. */
  auth: Auth;
  permission?: Permission;
  /** Fields that carry uploaded files; the handler gets their bytes (the schema sees only their names). */
  files?: readonly F[];
  handler: (
    input: z.output<S>,
    actor: Auth extends true ? Actor : null,
    files: UploadedFiles<F>,
  ) => Promise<FormState | void>;
};

/**
 * The one path every form action takes: session -> permission -> input refused when
 * a field (or its name) holds text PostgreSQL cannot store -> parse with zod -> uploaded
 * files read -> domain function -> AppError (or a domain schema's ZodError) to messages in
 * the user's language. A handler may end with next/navigation's redirect(): it is passed on.
 */
export function defineFormAction<S extends z.ZodType, Auth extends boolean, const F extends string = never>(
  options: Options<S, Auth, F>,
) {
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
        Object.entries(fieldKeys).map(([field, key]) => [field, errorMessage(t, key, params)]),
      ),
      values: safeValues,
    });

    try {
      const actor = options.auth ? await getActor() : null;
      if (options.auth && !actor) return fail(t("unauthenticated"));
      if (actor && options.permission && !can(actor, options.permission)) return fail(t("forbidden"));

      const unstorable = unstorableField(values);
      if (unstorable) return fail(t("checkFields"), { [unstorable]: "unstorableText" });

      const parsed = options.schema.safeParse(values);
      if (!parsed.success) return fail(t("checkFields"), zodIssuesToFieldKeys(parsed.error.issues));

      // Read only now: nobody unauthorized or with refused fields gets megabytes buffered.
      const files = await readUploadedFiles(formData, options.files ?? []);
      const result = await options.handler(parsed.data, actor as never, files);
      return result ?? { status: "success" };
    } catch (error) {
      // redirect() and notFound() work by throwing; Next.js must see them, not a form error.
      unstable_rethrow(error);
      // Domain functions parse again with their own schemas (dates, cross-field rules).
      if (error instanceof ZodError) return fail(t("checkFields"), zodIssuesToFieldKeys(error.issues));
      if (error instanceof AppError) {
        return fail(errorMessage(t, error.messageKey, error.params), error.fields, error.params);
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
