-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchName" tsvector;

-- The name words go stale together with the document (see search_documents): both NULL
-- until lib/search writes them again. They are the document's weight-A words.
CREATE OR REPLACE FUNCTION fb_product_search_document_stale() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW."searchDocument" IS NOT DISTINCT FROM OLD."searchDocument" AND (
      NEW."nameEn" IS DISTINCT FROM OLD."nameEn" OR NEW."nameZh" IS DISTINCT FROM OLD."nameZh"
      OR NEW."nameRu" IS DISTINCT FROM OLD."nameRu" OR NEW."descriptionEn" IS DISTINCT FROM OLD."descriptionEn"
      OR NEW."descriptionZh" IS DISTINCT FROM OLD."descriptionZh" OR NEW."descriptionRu" IS DISTINCT FROM OLD."descriptionRu"
      OR NEW."categoryId" IS DISTINCT FROM OLD."categoryId" OR NEW."hsCode" IS DISTINCT FROM OLD."hsCode"
    ) THEN
      NEW."searchDocument" := NULL;
      NEW."searchName" := NULL;
    END IF;
    RETURN NEW;
  END $$;

UPDATE "Product" SET "searchName" = strip(ts_filter("searchDocument", '{a}')) WHERE "searchDocument" IS NOT NULL;
