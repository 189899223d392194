-- Counts of the current minute only: they are re-keyed from tokens to people, not carried over.
DELETE FROM "ApiRateLimit";

-- DropForeignKey
ALTER TABLE "ApiRateLimit" DROP CONSTRAINT "ApiRateLimit_tokenId_fkey";

-- AlterTable
ALTER TABLE "ApiRateLimit" DROP CONSTRAINT "ApiRateLimit_pkey",
DROP COLUMN "tokenId",
ADD COLUMN     "userId" TEXT NOT NULL,
ADD CONSTRAINT "ApiRateLimit_pkey" PRIMARY KEY ("userId", "windowStart");

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMPTZ(3);

-- DropTable
DROP TABLE "LoginFailure";

-- CreateTable
CREATE TABLE "AuthThrottle" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AuthThrottle_pkey" PRIMARY KEY ("scope","key")
);

-- CreateTable
CREATE TABLE "EmailVerificationToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailVerificationToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthThrottle_nextAttemptAt_idx" ON "AuthThrottle"("nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "EmailVerificationToken_tokenHash_key" ON "EmailVerificationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EmailVerificationToken_userId_idx" ON "EmailVerificationToken"("userId");

-- AddForeignKey
ALTER TABLE "ApiRateLimit" ADD CONSTRAINT "ApiRateLimit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailVerificationToken" ADD CONSTRAINT "EmailVerificationToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: people who signed up before verification existed keep signing in.
UPDATE "User" SET "emailVerifiedAt" = "createdAt" WHERE "emailVerifiedAt" IS NULL;

ALTER TABLE "AuthThrottle" ADD CONSTRAINT "AuthThrottle_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "EmailVerificationToken" ADD CONSTRAINT "EmailVerificationToken_expiry_check" CHECK ("expiresAt" > "createdAt");
