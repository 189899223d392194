-- AlterTable
ALTER TABLE "PurchasingRequirement" ADD COLUMN     "carriedOverFromId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PurchasingRequirement_carriedOverFromId_key" ON "PurchasingRequirement"("carriedOverFromId");

-- AddForeignKey
ALTER TABLE "PurchasingRequirement" ADD CONSTRAINT "PurchasingRequirement_carriedOverFromId_fkey" FOREIGN KEY ("carriedOverFromId") REFERENCES "PurchasingRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
