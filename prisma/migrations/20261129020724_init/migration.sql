-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ORGANIZER', 'SUPPLIER', 'BUYER', 'INTERPRETER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('ORGANIZER', 'SUPPLIER', 'BUYER');

-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'zh', 'ru');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('CNY', 'USD', 'RUB');

-- CreateEnum
CREATE TYPE "FairStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProductVisibility" AS ENUM ('VISIBLE', 'HIDDEN_BY_SUPPLIER');

-- CreateEnum
CREATE TYPE "RequirementStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Incoterm" AS ENUM ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP');

-- CreateEnum
CREATE TYPE "MeetingRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "NegativeListKind" AS ENUM ('HS_PREFIX', 'KEYWORD', 'CATEGORY');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "role" "Role" NOT NULL,
    "organizationId" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "status" "OrganizationStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMPTZ(3),
    "nameEn" TEXT,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "website" TEXT,
    "yearFounded" INTEGER,
    "staffSize" TEXT,
    "exportMarkets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "logoKey" TEXT,
    "annualImportMinor" BIGINT,
    "annualImportCurrency" "Currency",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fair" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "hostOrganizationId" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "status" "FairStatus" NOT NULL DEFAULT 'DRAFT',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Fair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FairSession" (
    "id" TEXT NOT NULL,
    "fairId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "dailyStartMinute" INTEGER NOT NULL,
    "dailyEndMinute" INTEGER NOT NULL,
    "slotMinutes" INTEGER NOT NULL DEFAULT 20,
    "registrationNeedsApproval" BOOLEAN NOT NULL DEFAULT true,
    "requestExpiryHours" INTEGER NOT NULL DEFAULT 48,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FairSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionBreak" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "SessionBreak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "parentId" TEXT,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "hsChapters" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionCategory" (
    "sessionId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    CONSTRAINT "SessionCategory_pkey" PRIMARY KEY ("sessionId","categoryId")
);

-- CreateTable
CREATE TABLE "SessionRegistration" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateType" (
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,

    CONSTRAINT "CertificateType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "typeCode" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "expiresOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameZh" TEXT,
    "nameRu" TEXT,
    "descriptionEn" TEXT,
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "hsCode" TEXT NOT NULL,
    "moq" INTEGER NOT NULL,
    "moqUnit" TEXT NOT NULL,
    "priceMinMinor" BIGINT,
    "priceMaxMinor" BIGINT,
    "currency" "Currency" NOT NULL,
    "leadTimeDays" INTEGER,
    "certifications" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "visibility" "ProductVisibility" NOT NULL DEFAULT 'VISIBLE',
    "blockedByEntryId" TEXT,
    "blockedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchasingRequirement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionId" TEXT,
    "categoryId" TEXT NOT NULL,
    "textEn" TEXT,
    "textZh" TEXT,
    "textRu" TEXT,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "targetPriceMinor" BIGINT,
    "currency" "Currency",
    "requiredCertifications" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "incoterm" "Incoterm",
    "destinationCity" TEXT,
    "neededBy" DATE,
    "status" "RequirementStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PurchasingRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Availability" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Availability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterpreterShift" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "interpreterId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InterpreterShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRequest" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "fromOrganizationId" TEXT NOT NULL,
    "toOrganizationId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requirementId" TEXT,
    "message" TEXT NOT NULL,
    "preferredStarts" TIMESTAMPTZ(3)[] DEFAULT ARRAY[]::TIMESTAMPTZ(3)[],
    "needsInterpreter" BOOLEAN NOT NULL DEFAULT false,
    "status" "MeetingRequestStatus" NOT NULL DEFAULT 'PENDING',
    "declineReason" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "requestId" TEXT,
    "supplierOrgId" TEXT NOT NULL,
    "buyerOrgId" TEXT NOT NULL,
    "interpreterId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "roomToken" TEXT NOT NULL,
    "agenda" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegativeListEntry" (
    "id" TEXT NOT NULL,
    "fairId" TEXT,
    "kind" "NegativeListKind" NOT NULL,
    "hsPrefix" TEXT,
    "keyword" TEXT,
    "categoryId" TEXT,
    "reasonEn" TEXT NOT NULL,
    "reasonZh" TEXT NOT NULL,
    "reasonRu" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NegativeListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "fairId" TEXT NOT NULL,
    "currency" "Currency" NOT NULL,
    "perUsdCentMicros" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "organizationId" TEXT,
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Organization_kind_status_idx" ON "Organization"("kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Fair_slug_key" ON "Fair"("slug");

-- CreateIndex
CREATE INDEX "Fair_status_startDate_idx" ON "Fair"("status", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "FairSession_fairId_slug_key" ON "FairSession"("fairId", "slug");

-- CreateIndex
CREATE INDEX "SessionBreak_sessionId_idx" ON "SessionBreak"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE INDEX "Category_parentId_idx" ON "Category"("parentId");

-- CreateIndex
CREATE INDEX "SessionCategory_categoryId_idx" ON "SessionCategory"("categoryId");

-- CreateIndex
CREATE INDEX "SessionRegistration_organizationId_idx" ON "SessionRegistration"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionRegistration_sessionId_organizationId_key" ON "SessionRegistration"("sessionId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_organizationId_typeCode_number_key" ON "Certificate"("organizationId", "typeCode", "number");

-- CreateIndex
CREATE INDEX "Product_organizationId_idx" ON "Product"("organizationId");

-- CreateIndex
CREATE INDEX "Product_categoryId_idx" ON "Product"("categoryId");

-- CreateIndex
CREATE INDEX "Product_blockedByEntryId_idx" ON "Product"("blockedByEntryId");

-- CreateIndex
CREATE INDEX "ProductImage_productId_idx" ON "ProductImage"("productId");

-- CreateIndex
CREATE INDEX "PurchasingRequirement_organizationId_idx" ON "PurchasingRequirement"("organizationId");

-- CreateIndex
CREATE INDEX "PurchasingRequirement_categoryId_status_idx" ON "PurchasingRequirement"("categoryId", "status");

-- CreateIndex
CREATE INDEX "Availability_sessionId_organizationId_idx" ON "Availability"("sessionId", "organizationId");

-- CreateIndex
CREATE INDEX "InterpreterShift_sessionId_interpreterId_idx" ON "InterpreterShift"("sessionId", "interpreterId");

-- CreateIndex
CREATE INDEX "MeetingRequest_sessionId_status_idx" ON "MeetingRequest"("sessionId", "status");

-- CreateIndex
CREATE INDEX "MeetingRequest_toOrganizationId_status_idx" ON "MeetingRequest"("toOrganizationId", "status");

-- CreateIndex
CREATE INDEX "MeetingRequest_fromOrganizationId_status_idx" ON "MeetingRequest"("fromOrganizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_requestId_key" ON "Meeting"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_roomToken_key" ON "Meeting"("roomToken");

-- CreateIndex
CREATE INDEX "Meeting_sessionId_startsAt_idx" ON "Meeting"("sessionId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_supplierOrgId_startsAt_idx" ON "Meeting"("supplierOrgId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_buyerOrgId_startsAt_idx" ON "Meeting"("buyerOrgId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_interpreterId_startsAt_idx" ON "Meeting"("interpreterId", "startsAt");

-- CreateIndex
CREATE INDEX "NegativeListEntry_fairId_active_idx" ON "NegativeListEntry"("fairId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_fairId_currency_key" ON "ExchangeRate"("fairId", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_createdAt_idx" ON "AuditLog"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_email_createdAt_idx" ON "LoginFailure"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_ip_createdAt_idx" ON "LoginFailure"("ip", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fair" ADD CONSTRAINT "Fair_hostOrganizationId_fkey" FOREIGN KEY ("hostOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "Fair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionBreak" ADD CONSTRAINT "SessionBreak_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionCategory" ADD CONSTRAINT "SessionCategory_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionCategory" ADD CONSTRAINT "SessionCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRegistration" ADD CONSTRAINT "SessionRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRegistration" ADD CONSTRAINT "SessionRegistration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRegistration" ADD CONSTRAINT "SessionRegistration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_typeCode_fkey" FOREIGN KEY ("typeCode") REFERENCES "CertificateType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_blockedByEntryId_fkey" FOREIGN KEY ("blockedByEntryId") REFERENCES "NegativeListEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchasingRequirement" ADD CONSTRAINT "PurchasingRequirement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchasingRequirement" ADD CONSTRAINT "PurchasingRequirement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchasingRequirement" ADD CONSTRAINT "PurchasingRequirement_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Availability" ADD CONSTRAINT "Availability_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Availability" ADD CONSTRAINT "Availability_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterShift" ADD CONSTRAINT "InterpreterShift_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterShift" ADD CONSTRAINT "InterpreterShift_interpreterId_fkey" FOREIGN KEY ("interpreterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_toOrganizationId_fkey" FOREIGN KEY ("toOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "PurchasingRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MeetingRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_supplierOrgId_fkey" FOREIGN KEY ("supplierOrgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_buyerOrgId_fkey" FOREIGN KEY ("buyerOrgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_interpreterId_fkey" FOREIGN KEY ("interpreterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListEntry" ADD CONSTRAINT "NegativeListEntry_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "Fair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListEntry" ADD CONSTRAINT "NegativeListEntry_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListEntry" ADD CONSTRAINT "NegativeListEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "Fair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: invariants Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- No supplier organization, buyer organization or interpreter is ever in two
-- overlapping meetings that are not cancelled. Half-open ranges: back-to-back is fine.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_no_supplier_overlap"
  EXCLUDE USING gist ("supplierOrgId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_no_buyer_overlap"
  EXCLUDE USING gist ("buyerOrgId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_no_interpreter_overlap"
  EXCLUDE USING gist ("interpreterId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED' AND "interpreterId" IS NOT NULL);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_time_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_parties_differ" CHECK ("supplierOrgId" <> "buyerOrgId");

ALTER TABLE "Availability" ADD CONSTRAINT "Availability_time_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "InterpreterShift" ADD CONSTRAINT "InterpreterShift_time_order" CHECK ("endsAt" > "startsAt");

ALTER TABLE "Fair" ADD CONSTRAINT "Fair_date_order" CHECK ("endDate" >= "startDate");
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_date_order" CHECK ("endDate" >= "startDate");
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_daily_window" CHECK (
  "dailyStartMinute" >= 0 AND "dailyEndMinute" <= 1440 AND "dailyEndMinute" - "dailyStartMinute" >= "slotMinutes"
);
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_slot_minutes" CHECK ("slotMinutes" BETWEEN 5 AND 240);
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_request_expiry" CHECK ("requestExpiryHours" > 0);
ALTER TABLE "SessionBreak" ADD CONSTRAINT "SessionBreak_order" CHECK ("startMinute" >= 0 AND "endMinute" <= 1440 AND "endMinute" > "startMinute");

-- Every organization has a name in at least one language.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_has_name" CHECK (COALESCE("nameZh", "nameRu", "nameEn") IS NOT NULL);
-- Suppliers, buyers and organizers belong to an organization; interpreters serve all.
ALTER TABLE "User" ADD CONSTRAINT "User_role_organization" CHECK (("role" = 'INTERPRETER') = ("organizationId" IS NULL));
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));

ALTER TABLE "Product" ADD CONSTRAINT "Product_moq_positive" CHECK ("moq" > 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_range" CHECK (
  ("priceMinMinor" IS NULL OR "priceMinMinor" >= 0) AND
  ("priceMaxMinor" IS NULL OR "priceMinMinor" IS NULL OR "priceMaxMinor" >= "priceMinMinor")
);
ALTER TABLE "Product" ADD CONSTRAINT "Product_hs_code" CHECK ("hsCode" ~ '^[0-9]{6,10}$');
ALTER TABLE "PurchasingRequirement" ADD CONSTRAINT "PurchasingRequirement_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_positive" CHECK ("perUsdCentMicros" > 0);
ALTER TABLE "NegativeListEntry" ADD CONSTRAINT "NegativeListEntry_kind_fields" CHECK (
  ("kind" = 'HS_PREFIX' AND "hsPrefix" ~ '^[0-9]{2,10}$') OR
  ("kind" = 'KEYWORD' AND length(trim("keyword")) > 0) OR
  ("kind" = 'CATEGORY' AND "categoryId" IS NOT NULL)
);
