"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createCertificateType } from "@/lib/suppliers/create-certificate-type";
import { certificateTypeSchema } from "@/lib/suppliers/schemas";

export const createCertificateTypeAction = defineFormAction({
  schema: certificateTypeSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    const type = await createCertificateType(actor, input);
    revalidatePath("/[locale]/admin/certificate-types", "page");
    return { status: "success", message: type.code };
  },
});
