"use server";

import { revalidatePath } from "next/cache";
import { redirect, RedirectType } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { reviewOrganizationSchema } from "@/lib/organizations/schemas";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { setSupplierVerified } from "@/lib/organizations/set-verified";
import { setVerifiedSchema } from "@/lib/organizations/verification-schema";

const review = defineFormAction({
  schema: reviewOrganizationSchema,
  auth: true,
  permission: "organization:review",
  handler: async (input, actor) => {
    try {
      await reviewOrganization(actor, input);
    } catch (error) {
      throw await withReadableStatus(error);
    }
    revalidatePath("/[locale]/admin/organizations", "page");
    revalidatePath("/[locale]/dashboard", "page");
    return { status: "success", message: input.decision };
  },
});

/**
 * A decision usually moves the organization out of the open tab, which unmounts
 * the dialog that sent it; so the server sends the organizer back to their tab
 * with a notice instead of answering the dialog.
 */
export async function reviewOrganizationAction(previous: FormState, formData: FormData): Promise<FormState> {
  const result = await review(previous, formData);
  if (result.status !== "success") return result;
  const locale = await getLocale();
  const target = new URL(queuePath(formData.get("returnTo"), locale), "http://queue.invalid");
  target.searchParams.set("decided", result.message ?? "");
  redirect(`${target.pathname}${target.search}`, RedirectType.replace);
}

function queuePath(candidate: FormDataEntryValue | null, locale: string): string {
  const path = typeof candidate === "string" ? candidate : "";
  return /^\/(en|zh|ru)\/admin\/organizations(\?[\w=&%-]*)?$/.test(path) ? path : `/${locale}/admin/organizations`;
}

/** "decisionNotAllowed" names the organization's current status: say it in the organizer's language. */
async function withReadableStatus(error: unknown): Promise<unknown> {
  const status = error instanceof AppError ? error.params?.status : undefined;
  if (!(error instanceof AppError) || typeof status !== "string") return error;
  const t = await getTranslations("account.status");
  return new AppError(error.code, error.messageKey, error.fields, {
    ...error.params,
    status: t.has(status) ? t(status) : status,
  });
}

/** Marks an approved supplier verified (documents checked), or removes the mark. */
export const setSupplierVerifiedAction = defineFormAction({
  schema: setVerifiedSchema,
  auth: true,
  permission: "organization:review",
  handler: async (input, actor) => {
    await setSupplierVerified(actor, input);
    revalidatePath("/[locale]/admin/organizations", "page");
  },
});
