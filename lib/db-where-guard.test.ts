import { describe, expect, it } from "vitest";
import { refuseUndefinedWhere, undefinedWhereKey } from "./db-where-guard";

describe("undefinedWhereKey", () => {
  it("finds undefined at the top level and inside AND/OR/NOT", () => {
    expect(undefinedWhereKey({ id: "a", organizationId: undefined })).toBe("where.organizationId");
    expect(undefinedWhereKey({ AND: [{ id: "a" }, { sessionId: undefined }] })).toBe("where.AND[1].sessionId");
    expect(undefinedWhereKey({ OR: [{ OR: [{ id: undefined }] }] })).toBe("where.OR[0].OR[0].id");
    expect(undefinedWhereKey({ NOT: { status: undefined } })).toBe("where.NOT.status");
  });

  it("accepts defined values, null and absent where", () => {
    expect(undefinedWhereKey({ id: "a", cancelledAt: null, AND: [{ status: "SCHEDULED" }] })).toBeNull();
    expect(undefinedWhereKey(undefined)).toBeNull();
    expect(undefinedWhereKey({})).toBeNull();
  });
});

describe("refuseUndefinedWhere", () => {
  it("throws only for the operations that widen", () => {
    expect(() => refuseUndefinedWhere("Fair", "findMany", { hostOrganizationId: undefined })).toThrow(
      "Fair.findMany: where.hostOrganizationId is undefined",
    );
    expect(() => refuseUndefinedWhere("Fair", "findUnique", { id: undefined })).not.toThrow();
  });
});
