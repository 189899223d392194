import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCertificate } from "@/lib/suppliers/add-certificate";
import { createCertificateType } from "@/lib/suppliers/create-certificate-type";
import { getOwnSupplierProfile } from "@/lib/suppliers/get-own-supplier-profile";
import { listCertificateTypes } from "@/lib/suppliers/list-certificate-types";
import { removeCertificate } from "@/lib/suppliers/remove-certificate";
import type { SupplierProfileInput } from "@/lib/suppliers/schemas";
import { setSupplierLogo } from "@/lib/suppliers/set-supplier-logo";
import { updateSupplierProfile } from "@/lib/suppliers/update-supplier-profile";
import { findReadableFile } from "@/lib/storage/find-readable-file";
import { getStorage } from "@/lib/storage/get-storage";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createOrganizationWithStatus } from "../factories/organizations";
import { textFilePretendingToBeImage, upload } from "../factories/product-images";
import { createCatalogueWorld } from "../factories/products";
import { withTemporaryStorage } from "../factories/storage";

withTemporaryStorage();
let world: Awaited<ReturnType<typeof createCatalogueWorld>>;
beforeAll(async () => {
  world = await createCatalogueWorld();
});

const profile = (overrides: Partial<SupplierProfileInput> = {}): SupplierProfileInput => ({
  nameZh: "平湖市雪羽服饰有限公司",
  nameEn: "Pinghu Xueyu Apparel Co., Ltd.",
  nameRu: "",
  city: "Pinghu",
  yearFounded: "2004",
  staffSize: "200-499",
  exportMarkets: ["RU", "KZ", "BY"],
  languages: ["zh", "ru"],
  descriptionZh: "专业生产羽绒服二十年。",
  descriptionEn: "Twenty years of down jacket manufacturing.",
  descriptionRu: "",
  ...overrides,
});

describe("the supplier company profile", () => {
  it("saves the profile of the supplier's own organization, with an audit row", async () => {
    const { actor, organization } = await createOrganizationWithStatus("SUPPLIER", "APPROVED", world.organizer);
    await updateSupplierProfile(actor, profile());
    expect(await getOwnSupplierProfile(actor)).toMatchObject({
      id: organization.id,
      nameZh: "平湖市雪羽服饰有限公司",
      nameRu: null,
      city: "Pinghu",
      yearFounded: 2004,
      staffSize: "200-499",
      exportMarkets: ["RU", "KZ", "BY"],
      languages: ["zh", "ru"],
      descriptionRu: null,
    });
    expect(
      await db.auditLog.count({ where: { entityId: organization.id, action: "organization.profile-updated" } }),
    ).toBe(1);
  });

  it("lets a pending supplier complete its profile, but not a buyer or a suspended supplier", async () => {
    const pending = await createOrganizationWithStatus("SUPPLIER", "PENDING");
    await updateSupplierProfile(pending.actor, profile({ exportMarkets: [] }));
    const suspended = await createOrganizationWithStatus("SUPPLIER", "SUSPENDED", world.organizer);
    await expectAppError(updateSupplierProfile(suspended.actor, profile()), "FORBIDDEN", "organizationSUSPENDED");
    const buyer = await createOrganizationWithStatus("BUYER", "APPROVED", world.organizer);
    await expectAppError(updateSupplierProfile(buyer.actor, profile()), "FORBIDDEN", "forbidden");
  });

  it.each([
    ["no Chinese name", { nameZh: " " }, { nameZh: "required" }],
    ["no city", { city: "" }, { city: "required" }],
    [
      "a year in the future",
      { yearFounded: String(new Date().getUTCFullYear() + 1) },
      { yearFounded: "supplierYearInvalid" },
    ],
    ["a two-digit year", { yearFounded: "98" }, { yearFounded: "supplierYearInvalid" }],
    ["an unknown staff size", { staffSize: "a lot" }, { staffSize: "invalid" }],
    ["an unknown market", { exportMarkets: ["RU", "XX"] }, { exportMarkets: "invalid" }],
    ["an unknown language", { languages: ["klingon"] }, { languages: "invalid" }],
    ["a description too long", { descriptionEn: "x".repeat(2001) }, { descriptionEn: "tooLong" }],
  ] as const)("refuses %s", async (_label, overrides, expected) => {
    const fields = await expectValidationError(
      updateSupplierProfile(world.supplier.actor, profile(overrides as Partial<SupplierProfileInput>)),
    );
    expect(fields).toEqual(expected);
    for (const key of Object.values(fields)) expect(isTranslatedErrorKey(key)).toBe(true);
  });
});

describe("certificates", () => {
  it("adds certificates with number and optional expiry, refuses duplicates, removes only its own", async () => {
    const { actor } = await createOrganizationWithStatus("SUPPLIER", "APPROVED", world.organizer);
    const eac = await addCertificate(actor, {
      typeCode: "EAC",
      number: "ЕАЭС N RU Д-CN.РА01.В.12345/24",
      expiresOn: "2027-05-31",
    });
    await addCertificate(actor, { typeCode: "CE", number: "CE-2024-0091", expiresOn: "" });
    expect((await getOwnSupplierProfile(actor)).certificates).toEqual([
      expect.objectContaining({ typeCode: "CE", expiresOn: null }),
      expect.objectContaining({ typeCode: "EAC", expiresOn: new Date("2027-05-31T00:00:00Z") }),
    ]);
    await expectAppError(
      addCertificate(actor, { typeCode: "EAC", number: "ЕАЭС N RU Д-CN.РА01.В.12345/24" }),
      "CONFLICT",
      "certificateDuplicate",
    );
    await expectAppError(addCertificate(actor, { typeCode: "NOPE", number: "1" }), "VALIDATION");
    expect(
      await expectValidationError(addCertificate(actor, { typeCode: "CE", number: "2", expiresOn: "2027-02-30" })),
    ).toEqual({ expiresOn: "dateInvalid" });

    await expectAppError(removeCertificate(world.supplier.actor, eac.id), "NOT_FOUND", "certificateNotFound");
    await removeCertificate(actor, eac.id);
    expect((await getOwnSupplierProfile(actor)).certificates.map((c) => c.typeCode)).toEqual(["CE"]);
  });

  it("offers the standard types, and organizers (only) add more", async () => {
    expect((await listCertificateTypes()).map((type) => type.code)).toEqual(
      expect.arrayContaining(["EAC", "CE", "ISO 9001", "ISO 13485", "GOST R", "OEKO-TEX"]),
    );
    const type = await createCertificateType(world.organizer, {
      code: "halal ",
      nameEn: "Halal certificate",
      nameZh: "清真认证",
      nameRu: "Сертификат «Халяль»",
    });
    expect(type.code).toBe("HALAL");
    await expectAppError(
      createCertificateType(world.organizer, { code: "HALAL", nameEn: "x", nameZh: "x", nameRu: "x" }),
      "CONFLICT",
      "certificateTypeCodeTaken",
    );
    await expectAppError(
      createCertificateType(world.supplier.actor, { code: "FDA", nameEn: "FDA", nameZh: "FDA", nameRu: "FDA" }),
      "FORBIDDEN",
    );
    expect(
      await expectValidationError(
        createCertificateType(world.organizer, { code: "<b>", nameEn: "x", nameZh: "x", nameRu: "x" }),
      ),
    ).toEqual({ code: "certificateTypeCodeInvalid" });
  });
});

describe("the logo", () => {
  it("stores one image with the same rules, replaces the old file and can be removed", async () => {
    const { actor, organization } = await createOrganizationWithStatus("SUPPLIER", "APPROVED", world.organizer);
    await setSupplierLogo(actor, await upload("png", "logo.png", { width: 1200, height: 600 }));
    const first = (await getOwnSupplierProfile(actor)).logoKey!;
    expect(first).toMatch(new RegExp(`^logos/${organization.id}/`));
    expect(await findReadableFile(first, async () => null)).toMatchObject({ isPublic: true, contentType: "image/png" });

    await setSupplierLogo(actor, await upload("webp"));
    const second = (await getOwnSupplierProfile(actor)).logoKey!;
    expect(second).not.toBe(first);
    expect(await getStorage().get(first)).toBeNull();

    const error = await expectAppError(
      setSupplierLogo(actor, textFilePretendingToBeImage()),
      "VALIDATION",
      "productImageType",
    );
    expect(error.fields).toEqual({ logo: "productImageType" });
    expect((await getOwnSupplierProfile(actor)).logoKey).toBe(second);

    await setSupplierLogo(actor, null);
    expect((await getOwnSupplierProfile(actor)).logoKey).toBeNull();
    expect(await getStorage().get(second)).toBeNull();
  });
});
