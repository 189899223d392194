"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { readUploads } from "@/lib/products/read-uploads";
import { addCertificate } from "@/lib/suppliers/add-certificate";
import { removeCertificate } from "@/lib/suppliers/remove-certificate";
import { certificateIdSchema, certificateSchema, supplierProfileSchema } from "@/lib/suppliers/schemas";
import { setSupplierLogo } from "@/lib/suppliers/set-supplier-logo";
import { updateSupplierProfile } from "@/lib/suppliers/update-supplier-profile";

function refreshProfile() {
  revalidatePath("/[locale]/supplier/profile", "page");
}

export const updateSupplierProfileAction = defineFormAction({
  schema: supplierProfileSchema,
  auth: true,
  permission: "catalogue:manage-own",
  handler: async (input, actor) => {
    await updateSupplierProfile(actor, input);
    refreshProfile();
    return { status: "success", message: "saved" };
  },
});

export const addCertificateAction = defineFormAction({
  schema: certificateSchema,
  auth: true,
  permission: "catalogue:manage-own",
  handler: async (input, actor) => {
    await addCertificate(actor, input);
    refreshProfile();
    // No message: FormStatus would show it verbatim; the form says "certificate added" in the user's language.
    return { status: "success" };
  },
});

export const removeCertificateAction = defineFormAction({
  schema: certificateIdSchema,
  auth: true,
  permission: "catalogue:manage-own",
  handler: async ({ certificateId }, actor) => {
    await removeCertificate(actor, certificateId);
    refreshProfile();
    return { status: "success" };
  },
});

// The file is read here because the shared form wrapper passes on text fields only.
export async function setLogoAction(previous: FormState, formData: FormData): Promise<FormState> {
  const [logo] = await readUploads(formData, "logo");
  const remove = formData.get("remove") === "1";
  return defineFormAction({
    schema: z.object({}),
    auth: true,
    permission: "catalogue:manage-own",
    handler: async (_input, actor) => {
      await setSupplierLogo(actor, remove ? null : (logo ?? { name: "", bytes: Buffer.alloc(0) }));
      refreshProfile();
      return { status: "success", message: remove ? "removed" : "saved" };
    },
  })(previous, formData);
}
