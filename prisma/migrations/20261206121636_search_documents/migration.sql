-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchDocument" tsvector;

-- CreateTable
CREATE TABLE "CategorySynonym" (
    "id" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CategorySynonym_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchLexicon" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchLexicon_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE UNIQUE INDEX "CategorySynonym_categoryId_language_term_key" ON "CategorySynonym"("categoryId", "language", "term");

-- AddForeignKey
ALTER TABLE "CategorySynonym" ADD CONSTRAINT "CategorySynonym_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Search documents (lib/search): the app writes "searchDocument" (lemmas, jieba
-- words, stems; weights A name, B category/synonyms/HS, C description). Whenever
-- a text it was built from changes without a new document in the same statement,
-- the document becomes NULL, and the catalogue finds such a product through the
-- old per-language expressions (fb_search_*) until the app writes it again: a
-- stale or missing document never hides a product.
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

ALTER TABLE "CategorySynonym" ADD CONSTRAINT "CategorySynonym_language_check" CHECK ("language" IN ('en', 'zh', 'ru'));
ALTER TABLE "CategorySynonym" ADD CONSTRAINT "CategorySynonym_term_check"
  CHECK ("term" = btrim("term") AND char_length("term") BETWEEN 1 AND 60);

CREATE INDEX "Product_search_document_idx" ON "Product" USING gin ("searchDocument");
CREATE INDEX "Product_search_document_missing_idx" ON "Product" ("id") WHERE "searchDocument" IS NULL;
CREATE INDEX "SearchLexicon_word_trgm_idx" ON "SearchLexicon" USING gin ("word" gin_trgm_ops);

CREATE FUNCTION fb_product_search_document_stale() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW."searchDocument" IS NOT DISTINCT FROM OLD."searchDocument" AND (
      NEW."nameEn" IS DISTINCT FROM OLD."nameEn" OR NEW."nameZh" IS DISTINCT FROM OLD."nameZh"
      OR NEW."nameRu" IS DISTINCT FROM OLD."nameRu" OR NEW."descriptionEn" IS DISTINCT FROM OLD."descriptionEn"
      OR NEW."descriptionZh" IS DISTINCT FROM OLD."descriptionZh" OR NEW."descriptionRu" IS DISTINCT FROM OLD."descriptionRu"
      OR NEW."categoryId" IS DISTINCT FROM OLD."categoryId" OR NEW."hsCode" IS DISTINCT FROM OLD."hsCode"
    ) THEN
      NEW."searchDocument" := NULL;
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER "Product_search_document_stale" BEFORE UPDATE ON "Product"
  FOR EACH ROW EXECUTE FUNCTION fb_product_search_document_stale();

-- The lexicon of typo candidates: every word of 4+ characters a document holds.
CREATE FUNCTION fb_search_lexicon_add() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO "SearchLexicon" (word)
      SELECT DISTINCT w FROM new_rows, unnest(tsvector_to_array(new_rows."searchDocument")) AS w
      WHERE new_rows."searchDocument" IS NOT NULL AND char_length(w) >= 4
    ON CONFLICT DO NOTHING;
    RETURN NULL;
  END $$;
CREATE TRIGGER "Product_search_lexicon_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fb_search_lexicon_add();
CREATE TRIGGER "Product_search_lexicon_update" AFTER UPDATE ON "Product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fb_search_lexicon_add();

-- Lexicon words one edit away from any of `words`, as one OR query; empty when a
-- word of `exact` is itself in the lexicon (a known word is not a typo).
CREATE FUNCTION fb_search_fuzzy(words text[], exact text[]) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(DISTINCT quote_literal(l.word), ' | ')::tsquery, ''::tsquery)
  FROM unnest(words) AS w
  JOIN "SearchLexicon" l ON l.word % w AND levenshtein_less_equal(l.word, w, 1) <= 1 AND l.word <> w
  WHERE NOT EXISTS (SELECT 1 FROM "SearchLexicon" k WHERE k.word = ANY (exact))
$$;
