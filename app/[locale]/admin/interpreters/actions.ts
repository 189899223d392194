"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createInterpreterSchema } from "@/lib/users/schemas";
import { createInterpreter } from "@/lib/users/create-interpreter";

export const createInterpreterAction = defineFormAction({
  schema: createInterpreterSchema,
  auth: true,
  permission: "manage:interpreter:any",
  handler: async (input, actor) => {
    const interpreter = await createInterpreter(actor, input);
    revalidatePath("/[locale]/admin/interpreters", "page");
    return { status: "success", message: interpreter.name };
  },
});
