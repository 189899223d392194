-- The search documents' format changed (lib/search: the trade thesaurus's Chinese words are
-- segmenter words, thesaurus phrases add their group's words, HS headings describe only
-- themselves). Documents are built by the app, not by SQL: they go stale here, and the
-- backfill after migrations (scripts/db/migrate.ts, fillMissingSearchDocuments) writes them
-- again. Until then a product is matched the old way (missingDocumentMatchSql), never hidden.
UPDATE "Product" SET "searchDocument" = NULL, "searchName" = NULL WHERE "searchDocument" IS NOT NULL;
