import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Counts one request of the token's owner in the window starting at
 * `windowStart` (inserting the window's row at 1 or adding one); answers the
 * owner's "userId" and the window's new `count`, or no row when the token no
 * longer exists.
 */
export function countApiRequestSql(tokenId: string, windowStart: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ApiRateLimit" ("userId", "windowStart", "count")
    SELECT "userId", ${windowStart}, 1 FROM "ApiToken" WHERE "id" = ${tokenId}
    ON CONFLICT ("userId", "windowStart") DO UPDATE SET "count" = "ApiRateLimit"."count" + 1
    RETURNING "userId", "count"`;
}
