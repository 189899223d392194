"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createRequirement } from "@/lib/requirements/create-requirement";
import {
  carryOverSchema,
  requirementIdSchema,
  requirementSchema,
  updateRequirementSchema,
} from "@/lib/requirements/schemas";
import { carryOverRequirements } from "@/lib/requirements/carry-over-requirements";
import { closeRequirement, reopenRequirement } from "@/lib/requirements/set-requirement-status";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { reactToMatch } from "@/lib/matching/react-to-match";
import { reactToMatchSchema } from "@/lib/matching/schemas";

const refreshRequirementPages = () => revalidatePath("/[locale]/buyer/requirements", "layout");

export const createRequirementAction = defineFormAction({
  schema: requirementSchema,
  auth: true,
  permission: "manage:requirement:own",
  handler: async (input, actor) => {
    await createRequirement(actor, input);
    refreshRequirementPages();
    return { status: "success", redirectTo: `/${await getLocale()}/buyer/requirements?done=created` };
  },
});

export const updateRequirementAction = defineFormAction({
  schema: updateRequirementSchema,
  auth: true,
  permission: "manage:requirement:own",
  handler: async (input, actor) => {
    await updateRequirement(actor, input);
    refreshRequirementPages();
    return { status: "success", redirectTo: `/${await getLocale()}/buyer/requirements?done=saved` };
  },
});

export const closeRequirementAction = defineFormAction({
  schema: requirementIdSchema,
  auth: true,
  permission: "manage:requirement:own",
  handler: async (input, actor) => {
    await closeRequirement(actor, input);
    refreshRequirementPages();
  },
});

export const reopenRequirementAction = defineFormAction({
  schema: requirementIdSchema,
  auth: true,
  permission: "manage:requirement:own",
  handler: async (input, actor) => {
    await reopenRequirement(actor, input);
    refreshRequirementPages();
  },
});

/** Requirements of ended sessions continue in the next edition; the buyer lands on the first copy's matches. */
export const carryOverRequirementsAction = defineFormAction({
  schema: carryOverSchema,
  auth: true,
  permission: "manage:requirement:own",
  handler: async (input, actor) => {
    const copies = await carryOverRequirements(actor, input);
    // No revalidation here: re-rendering the list would unmount this button before it
    // follows redirectTo; the requirement pages are dynamic and read fresh on arrival.
    const target = copies.length === 1 ? copies[0].id : "";
    return {
      status: "success",
      redirectTo: `/${await getLocale()}/buyer/requirements${target ? `/${target}` : ""}?done=carried`,
    };
  },
});

/** The buyer marks a recommended supplier "interested" / "not relevant" (or clears it). */
export const reactToSupplierAction = defineFormAction({
  schema: reactToMatchSchema,
  auth: true,
  permission: "react:match:own",
  handler: async (input, actor) => {
    await reactToMatch(actor, input);
    refreshRequirementPages();
  },
});
