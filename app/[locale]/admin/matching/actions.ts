"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { proposeMatch } from "@/lib/matching/propose-match";
import { recomputeSchema, requestSessionRecompute } from "@/lib/matching/request-recompute";
import {
  proposeMatchSchema,
  resetFairWeightsSchema,
  setFairWeightsSchema,
  withdrawProposalSchema,
} from "@/lib/matching/schemas";
import { resetFairWeights, setFairWeights } from "@/lib/matching/set-fair-weights";
import { withdrawProposal } from "@/lib/matching/withdraw-proposal";

const refreshMatchingPages = () => revalidatePath("/[locale]/admin/matching", "layout");

export const proposeMatchAction = defineFormAction({
  schema: proposeMatchSchema,
  auth: true,
  permission: "manage:match:any",
  handler: async (input, actor) => {
    await proposeMatch(actor, input);
    refreshMatchingPages();
  },
});

export const withdrawProposalAction = defineFormAction({
  schema: withdrawProposalSchema,
  auth: true,
  permission: "manage:match:any",
  handler: async (input, actor) => {
    await withdrawProposal(actor, input);
    refreshMatchingPages();
  },
});

export const recomputeAction = defineFormAction({
  schema: recomputeSchema,
  auth: true,
  permission: "manage:match:any",
  handler: async (input, actor) => {
    await requestSessionRecompute(actor, input);
    refreshMatchingPages();
    return { status: "success", message: "recomputeRequested" };
  },
});

export const setFairWeightsAction = defineFormAction({
  schema: setFairWeightsSchema,
  auth: true,
  permission: "manage:match:any",
  handler: async (input, actor) => {
    await setFairWeights(actor, input);
    refreshMatchingPages();
    return { status: "success", message: "saved" };
  },
});

export const resetFairWeightsAction = defineFormAction({
  schema: resetFairWeightsSchema,
  auth: true,
  permission: "manage:match:any",
  handler: async (input, actor) => {
    await resetFairWeights(actor, input);
    refreshMatchingPages();
    return { status: "success", message: "resetDone" };
  },
});
