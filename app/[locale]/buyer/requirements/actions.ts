"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { requirementIdSchema, requirementSchema, updateRequirementSchema } from "@/lib/requirements/schemas";
import { closeRequirement, reopenRequirement } from "@/lib/requirements/set-requirement-status";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { reactToMatch } from "@/lib/matching/react-to-match";
import { reactToMatchSchema } from "@/lib/matching/schemas";

const refreshRequirementPages = () => revalidatePath("/[locale]/buyer/requirements", "layout");

export const createRequirementAction = defineFormAction({
  schema: requirementSchema,
  auth: true,
  permission: "requirement:manage-own",
  handler: async (input, actor) => {
    await createRequirement(actor, input);
    refreshRequirementPages();
    return { status: "success", redirectTo: `/${await getLocale()}/buyer/requirements?done=created` };
  },
});

export const updateRequirementAction = defineFormAction({
  schema: updateRequirementSchema,
  auth: true,
  permission: "requirement:manage-own",
  handler: async (input, actor) => {
    await updateRequirement(actor, input);
    refreshRequirementPages();
    return { status: "success", redirectTo: `/${await getLocale()}/buyer/requirements?done=saved` };
  },
});

export const closeRequirementAction = defineFormAction({
  schema: requirementIdSchema,
  auth: true,
  permission: "requirement:manage-own",
  handler: async (input, actor) => {
    await closeRequirement(actor, input);
    refreshRequirementPages();
  },
});

export const reopenRequirementAction = defineFormAction({
  schema: requirementIdSchema,
  auth: true,
  permission: "requirement:manage-own",
  handler: async (input, actor) => {
    await reopenRequirement(actor, input);
    refreshRequirementPages();
  },
});

/** The buyer marks a recommended supplier "interested" / "not relevant" (or clears it). */
export const reactToSupplierAction = defineFormAction({
  schema: reactToMatchSchema,
  auth: true,
  permission: "match:react",
  handler: async (input, actor) => {
    await reactToMatch(actor, input);
    refreshRequirementPages();
  },
});
