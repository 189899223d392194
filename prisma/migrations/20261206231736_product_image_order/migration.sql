-- DropIndex
DROP INDEX "ProductImage_productId_idx";

-- CreateIndex
CREATE INDEX "ProductImage_productId_position_id_idx" ON "ProductImage"("productId", "position", "id");
