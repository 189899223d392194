-- Hand-written (Prisma's schema language cannot express INCLUDE columns).
-- Every catalogue search first lists the session's visible suppliers: approved
-- registrations of approved supplier organizations (the `exhibitors` CTE in
-- lib/catalogue/catalogue-query.ts). With these two covering indexes that list is
-- read from the indexes alone (index-only scans) instead of a scan of the whole,
-- wide "Organization" table on every search.
CREATE INDEX "SessionRegistration_listing_idx" ON "SessionRegistration" ("sessionId", "status") INCLUDE ("organizationId");
CREATE INDEX "Organization_listing_idx" ON "Organization" ("id") INCLUDE ("kind", "status", "city");
