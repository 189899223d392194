-- The typo lookup is written inline in the statements that use it (lib/search/search-sql.ts,
-- typoCandidatesSql): a SQL function that aggregates cannot be inlined, so its body was planned
-- again on every call (~0.2 ms per search term), while a prepared statement plans the inline
-- form once.
DROP FUNCTION fb_search_fuzzy(text[], text[]);
