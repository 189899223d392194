/**
 * Demo company profiles, certificates and products of the demo suppliers, made
 * through the same domain functions the app uses (so the negative list screens
 * them too). Call from prisma/seed.ts once the suppliers are approved:
 *   await seedProducts();
 * Idempotent: a supplier that already lists products is skipped.
 */
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { createProduct } from "@/lib/products/create-product";
import { addCertificate } from "@/lib/suppliers/add-certificate";
import { ensureDefaultCertificateTypes } from "@/lib/suppliers/ensure-default-certificate-types";
import { updateSupplierProfile } from "@/lib/suppliers/update-supplier-profile";
import { demoProducts } from "./demo-products";
import { demoSupplierProfiles } from "./demo-supplier-profiles";
import { productPicture } from "./product-pictures";
import { registrationsOpenedAt } from "./demo-fair";

async function supplierActor(email: string): Promise<Actor> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new Error(`seed: demo supplier ${email} is missing`);
  return actor;
}

export async function seedProducts(): Promise<void> {
  await ensureDefaultCertificateTypes();

  for (const { email, profile, certificates } of demoSupplierProfiles) {
    const actor = await supplierActor(email);
    await updateSupplierProfile(actor, profile);
    const held = await db.certificate.count({ where: { organizationId: actor.organizationId! } });
    if (held === 0) for (const certificate of certificates) await addCertificate(actor, certificate);
  }

  const categoryIds = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((category) => [category.slug, category.id]),
  );
  // Suppliers that listed products on an earlier run are left as they are.
  const alreadyListed = new Set(
    (
      await db.product.findMany({
        where: { organization: { users: { some: { email: { in: demoProducts.map((p) => p.supplier) } } } } },
        select: { organization: { select: { users: { select: { email: true } } } } },
      })
    ).flatMap((product) => product.organization.users.map((user) => user.email)),
  );
  for (const { supplier, categorySlug, picture, product } of demoProducts) {
    if (alreadyListed.has(supplier)) continue;
    const actor = await supplierActor(supplier);
    const categoryId = categoryIds.get(categorySlug);
    if (!categoryId) throw new Error(`seed: unknown category ${categorySlug}`);
    const image = await productPicture(...picture);
    await createProduct(
      actor,
      { ...product, categoryId },
      // Listed before the 2022 sessions opened: in that edition's catalogue and in every later one.
      { images: [{ name: "demo.png", bytes: image }], locale: "zh", listedAt: registrationsOpenedAt },
    );
  }
}
