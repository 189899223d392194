"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { addNegativeListEntry } from "@/lib/negative-list/add-entry";
import { deactivateNegativeListEntry } from "@/lib/negative-list/deactivate-entry";
import { addNegativeListEntrySchema, deactivateNegativeListEntrySchema } from "@/lib/negative-list/schemas";

// Hidden products leave the catalogue: every page that lists products must re-read.
const revalidateProductPages = () => revalidatePath("/", "layout");

export const addNegativeListEntryAction = defineFormAction({
  schema: addNegativeListEntrySchema,
  auth: true,
  permission: "manage:negativeList:any",
  handler: async (input, actor) => {
    const { blockedProductIds } = await addNegativeListEntry(actor, input);
    revalidateProductPages();
    return { status: "success", message: String(blockedProductIds.length) };
  },
});

export const deactivateNegativeListEntryAction = defineFormAction({
  schema: deactivateNegativeListEntrySchema,
  auth: true,
  permission: "manage:negativeList:any",
  handler: async (input, actor) => {
    const { unblockedProductIds } = await deactivateNegativeListEntry(actor, input);
    revalidateProductPages();
    return { status: "success", message: String(unblockedProductIds.length) };
  },
});
