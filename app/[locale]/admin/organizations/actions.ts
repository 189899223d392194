"use server";

import { revalidatePath } from "next/cache";
import { redirect, RedirectType } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { AppError } from "@/lib/errors";
import { hasMessage } from "@/lib/i18n/message-keys";
import { reviewOrganizationSchema } from "@/lib/organizations/schemas";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { setSupplierVerified } from "@/lib/organizations/set-verified";
import { setVerifiedSchema } from "@/lib/organizations/verification-schema";

/**
 * A decision usually moves the organization out of the open tab, which unmounts
 * the dialog that sent it; so the server sends the organizer back to their tab
 * with a notice instead of answering the dialog.
 */
export const reviewOrganizationAction = defineFormAction({
  schema: reviewOrganizationSchema.safeExtend({ returnTo: z.string().optional() }),
  auth: true,
  permission: "review:organization:any",
  handler: async ({ returnTo, ...input }, actor) => {
    try {
      await reviewOrganization(actor, input);
    } catch (error) {
      throw await withReadableStatus(error);
    }
    revalidatePath("/[locale]/admin/organizations", "page");
    revalidatePath("/[locale]/dashboard", "page");
    const target = new URL(queuePath(returnTo, await getLocale()), "http://queue.invalid");
    target.searchParams.set("decided", input.decision);
    redirect(`${target.pathname}${target.search}`, RedirectType.replace);
  },
});

/** Only the organizations queue itself, so a forged returnTo cannot send the organizer elsewhere. */
function queuePath(candidate: string | undefined, locale: string): string {
  const path = candidate ?? "";
  return /^\/(en|zh|ru)\/admin\/organizations(\?[\w=&%-]*)?$/.test(path) ? path : `/${locale}/admin/organizations`;
}

/** "decisionNotAllowed" names the organization's current status: say it in the organizer's language. */
async function withReadableStatus(error: unknown): Promise<unknown> {
  const status = error instanceof AppError ? error.params?.status : undefined;
  if (!(error instanceof AppError) || typeof status !== "string") return error;
  const t = await getTranslations("account.status");
  return new AppError(error.code, error.messageKey, error.fields, {
    ...error.params,
    status: hasMessage(t, status) ? t(status) : status,
  });
}

/** Marks an approved supplier verified (documents checked), or removes the mark. */
export const setSupplierVerifiedAction = defineFormAction({
  schema: setVerifiedSchema,
  auth: true,
  permission: "review:organization:any",
  handler: async (input, actor) => {
    await setSupplierVerified(actor, input);
    revalidatePath("/[locale]/admin/organizations", "page");
  },
});
