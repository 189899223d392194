"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
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
  permission: "manage:catalogue:own",
  handler: async (input, actor) => {
    await updateSupplierProfile(actor, input);
    refreshProfile();
    return { status: "success", message: "saved" };
  },
});

export const addCertificateAction = defineFormAction({
  schema: certificateSchema,
  auth: true,
  permission: "manage:catalogue:own",
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
  permission: "manage:catalogue:own",
  handler: async ({ certificateId }, actor) => {
    await removeCertificate(actor, certificateId);
    refreshProfile();
    return { status: "success" };
  },
});

/** The logo form: a new file in `logo`, or `remove=1` from the remove button. */
export const setLogoAction = defineFormAction({
  schema: z.object({ remove: z.string().optional() }),
  auth: true,
  permission: "manage:catalogue:own",
  files: ["logo"],
  handler: async (input, actor, files) => {
    const remove = input.remove === "1";
    const [logo] = files.logo;
    await setSupplierLogo(actor, remove ? null : (logo ?? { name: "", bytes: Buffer.alloc(0) }));
    refreshProfile();
    return { status: "success", message: remove ? "removed" : "saved" };
  },
});
