"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z, ZodError } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { AppError } from "@/lib/errors";
import { parseClockRanges } from "@/lib/fairs/form-schemas";
import { setInterpreterShifts } from "@/lib/scheduling/set-interpreter-shifts";

/**
 * One interpreter's shifts in a session: a field per session day ("day:2026-06-01")
 * holding "09:00-12:00, 13:00-17:00" in the fair's zone; empty means off that day.
 */
export const setShiftsAction = defineFormAction({
  schema: z.looseObject({ sessionId: z.string().min(1).max(64), interpreterId: z.string().min(1).max(64) }),
  auth: true,
  permission: "manage:interpreter:any",
  handler: async (input, actor) => {
    const days = Object.entries(input)
      .filter(([key]) => key.startsWith("day:"))
      .map(([key, value]) => {
        const ranges = parseClockRanges(String(value ?? ""));
        if (!ranges) throw new AppError("VALIDATION", "shiftsInvalid", { [key]: "shiftsInvalid" });
        return { day: key.slice(4), ranges };
      })
      .filter((day) => day.ranges.length > 0);
    await setInterpreterShifts(actor, { sessionId: input.sessionId, interpreterId: input.interpreterId, days }).catch(
      (error) => {
        throw withDayFields(error, days);
      },
    );
    revalidatePath("/[locale]/admin/sessions/[sessionId]", "layout");
    const t = await getTranslations("console.interpreters");
    return { status: "success", message: t("saved") };
  },
});

/** "days.2.ranges.0.end" -> the field of that day ("day:2026-06-02"), so the message shows beside it. */
function withDayFields(error: unknown, days: { day: string }[]): unknown {
  const fieldOf = (path: string) => {
    const index = /^days\.(\d+)/.exec(path)?.[1];
    return index !== undefined && days[Number(index)] ? `day:${days[Number(index)].day}` : path;
  };
  if (error instanceof ZodError) {
    return new ZodError(error.issues.map((issue) => ({ ...issue, path: [fieldOf(issue.path.join("."))] })));
  }
  if (error instanceof AppError && error.fields) {
    const fields = Object.fromEntries(Object.entries(error.fields).map(([path, key]) => [fieldOf(path), key]));
    return new AppError(error.code, error.messageKey, fields, error.params);
  }
  return error;
}
