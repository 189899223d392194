import { describe, expect, it } from "vitest";
import { can, canOn, permissionsByRole } from "./permissions";

const organizer = { role: "ORGANIZER" as const, organizationId: "org-host" };
const supplier = { role: "SUPPLIER" as const, organizationId: "org-supplier" };
const buyer = { role: "BUYER" as const, organizationId: "org-buyer" };
const interpreter = { role: "INTERPRETER" as const, organizationId: null };

describe("permissionsByRole", () => {
  // Written out in full so a change to who may do what shows up in review.
  it("gives each role exactly its permissions", () => {
    expect(permissionsByRole).toEqual({
      ORGANIZER: [
        "review:organization:any",
        "read:organization:any",
        "read:audit:any",
        "manage:interpreter:any",
        "manage:fair:any",
        "update:profile:own",
        "manage:negativeList:any",
        "manage:match:any",
        "oversee:meeting:any",
        "read:report:any",
        "read:file:any",
        "read:buyerRecommendation:any",
        "read:supplierRecommendation:any",
        "read:credit:any",
        "review:complaint:any",
        "manage:sanction:any",
        "review:showcase:any",
        "manage:category:any",
      ],
      SUPPLIER: [
        "update:profile:own",
        "manage:catalogue:own",
        "register:session:own",
        "request:meeting:own",
        "attend:meeting:own",
        "react:match:own",
        "read:file:own",
        "read:buyerRecommendation:own",
        "read:report:own",
        "create:complaint:own",
        "manage:followUp:own",
        "manage:showcase:own",
        "watch:showcase:own",
      ],
      BUYER: [
        "update:profile:own",
        "update:buyerProfile:own",
        "manage:requirement:own",
        "register:session:own",
        "request:meeting:own",
        "attend:meeting:own",
        "react:match:own",
        "read:file:own",
        "read:supplierRecommendation:own",
        "read:report:own",
        "create:complaint:own",
        "manage:followUp:own",
        "watch:showcase:own",
        "follow:showcase:own",
      ],
      INTERPRETER: ["update:profile:own", "interpret:meeting:own", "attend:meeting:own"],
    });
  });

  it("names every permission action:entity:own|any", () => {
    for (const permission of Object.values(permissionsByRole).flat()) {
      expect(permission).toMatch(/^[a-z]+:[a-zA-Z]+:(own|any)$/);
    }
  });
});

describe("can", () => {
  it("answers from the role's list", () => {
    expect(can(organizer, "manage:fair:any")).toBe(true);
    expect(can(supplier, "manage:fair:any")).toBe(false);
    expect(can(buyer, "manage:requirement:own")).toBe(true);
    expect(can(supplier, "manage:requirement:own")).toBe(false);
    expect(can(interpreter, "attend:meeting:own")).toBe(true);
    expect(can(organizer, "attend:meeting:own")).toBe(false);
  });

  it("is exact: holding `any` does not grant the `own` permission a page asks for", () => {
    // An organizer reads every buyer list but has no "buyers for you" page of their own.
    expect(can(organizer, "read:buyerRecommendation:any")).toBe(true);
    expect(can(organizer, "read:buyerRecommendation:own")).toBe(false);
  });

  it("denies nobody signed in", () => {
    expect(can(null, "update:profile:own")).toBe(false);
    expect(can(undefined, "update:profile:own")).toBe(false);
  });
});

describe("canOn", () => {
  it("lets `any` reach every organization's record", () => {
    expect(canOn(organizer, "read:file", { organizationId: "org-supplier" })).toBe(true);
    expect(canOn(organizer, "read:file", { organizationId: null })).toBe(true);
  });

  it("lets `own` reach only the actor's organization's records", () => {
    expect(canOn(supplier, "read:file", { organizationId: "org-supplier" })).toBe(true);
    expect(canOn(supplier, "read:file", { organizationId: "org-buyer" })).toBe(false);
    expect(canOn(buyer, "request:meeting", { organizationId: "org-buyer" })).toBe(true);
    expect(canOn(buyer, "request:meeting", { organizationId: "org-supplier" })).toBe(false);
  });

  it("never matches an actor without an organization to a record without one", () => {
    expect(canOn({ role: "SUPPLIER", organizationId: null }, "read:file", { organizationId: null })).toBe(false);
  });

  it("refuses an actor without the permission, and nobody signed in", () => {
    expect(canOn(interpreter, "read:file", { organizationId: "org-supplier" })).toBe(false);
    expect(canOn(null, "read:file", { organizationId: "org-supplier" })).toBe(false);
  });
});
