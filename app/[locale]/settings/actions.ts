"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { apiTokenIdSchema, createApiTokenSchema } from "@/lib/api-tokens/schemas";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed";

const refreshSettings = () => revalidatePath("/[locale]/settings", "page");

// A new token or feed URL travels back once, as the success `message`: only its hash
// is stored, so the form shows it now or never.
export const createApiTokenAction = defineFormAction({
  schema: createApiTokenSchema,
  auth: true,
  handler: async (input, actor) => {
    const { token } = await createApiToken(actor, input);
    refreshSettings();
    return { status: "success", message: token };
  },
});

export const revokeApiTokenAction = defineFormAction({
  schema: z.object({ tokenId: apiTokenIdSchema }),
  auth: true,
  handler: async (input, actor) => {
    await revokeApiToken(actor, input.tokenId);
    refreshSettings();
  },
});

export const createCalendarFeedAction = defineFormAction({
  schema: z.object({}),
  auth: true,
  handler: async (_input, actor) => {
    const { url } = await createCalendarFeed(actor);
    refreshSettings();
    return { status: "success", message: url };
  },
});

export const revokeCalendarFeedAction = defineFormAction({
  schema: z.object({}),
  auth: true,
  handler: async (_input, actor) => {
    await revokeCalendarFeed(actor);
    refreshSettings();
  },
});
