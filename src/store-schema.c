/* store-schema.c — the library's schema as forward migrations (DESIGN.md §3).
 *
 * Design notes (why it looks like this):
 * - User data (favourite, read_mark, note, paper_tag) lives in its own tables so that no ingest
 *   statement can ever overwrite it.
 * - paper.authors / paper.institutions are the joined names, kept by the store beside the
 *   normalised tables, so the FTS5 index can use paper as its external content table (no copy
 *   of the text inside the index). Triggers keep it and the paper counts in step for any
 *   writer; the store's own connection runs with triggers off and does the same work itself,
 *   once per batch (store-derived.c).
 * - *_key columns are fold_key() forms (lower case, no accents) for case- and accent-insensitive
 *   prefix matching through an index.
 */
#include "store-schema.h"

#include "store.h"

static const char schema_v1[] =
	"CREATE TABLE paper ("
	"  id INTEGER PRIMARY KEY,"
	"  arxiv_id TEXT UNIQUE,"              /* no version suffix */
	"  doi TEXT UNIQUE COLLATE NOCASE,"
	"  title TEXT,"
	"  title_key TEXT,"                    /* normalised title, for duplicate detection */
	"  abstract TEXT,"
	"  abstract_raw TEXT,"                 /* as the page had it, when it differs */
	"  abstract_fp TEXT,"                  /* abstract fingerprint, for duplicate detection */
	"  date TEXT,"                         /* YYYY-MM-DD, YYYY-MM or YYYY */
	"  year INTEGER,"
	"  url TEXT,"
	"  pdf_url TEXT,"
	"  score REAL,"                        /* NULL: the pages showed none */
	"  author_count INTEGER,"              /* NULL: unknown */
	"  authors TEXT,"                      /* joined author names, for the FTS index */
	"  institutions TEXT,"                 /* joined institution names and aliases, for FTS */
	"  added_at INTEGER NOT NULL,"
	"  updated_at INTEGER NOT NULL"
	");"
	"CREATE INDEX paper_title_key ON paper(title_key) WHERE title_key IS NOT NULL;"
	"CREATE INDEX paper_abstract_fp ON paper(abstract_fp) WHERE abstract_fp IS NOT NULL;"
	"CREATE INDEX paper_score ON paper(score);"
	"CREATE INDEX paper_date ON paper(date);"
	"CREATE INDEX paper_year ON paper(year);"
	"CREATE INDEX paper_added ON paper(added_at);"
	"CREATE INDEX paper_title ON paper(title COLLATE NOCASE);"

	"CREATE TABLE author ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL,"
	"  name TEXT NOT NULL,"
	"  extra INTEGER NOT NULL DEFAULT 0,"          /* 1: not on the best list a page gave */
	"  PRIMARY KEY (paper_id, pos)"
	") WITHOUT ROWID;"

	"CREATE TABLE institution ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE," /* canonical name */
	"  key TEXT NOT NULL"                          /* fold_key(name) */
	");"
	"CREATE INDEX institution_key ON institution(key);"
	"CREATE TABLE institution_alias ("
	"  alias TEXT PRIMARY KEY COLLATE NOCASE,"
	"  institution_id INTEGER NOT NULL REFERENCES institution(id) ON DELETE CASCADE,"
	"  key TEXT NOT NULL"
	");"
	"CREATE INDEX institution_alias_key ON institution_alias(key);"
	"CREATE INDEX institution_alias_inst ON institution_alias(institution_id);"
	"CREATE TABLE paper_institution ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  institution_id INTEGER NOT NULL REFERENCES institution(id),"
	"  pos INTEGER NOT NULL,"                       /* order on the page; primary is 0 */
	"  is_primary INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (paper_id, institution_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX paper_institution_inst ON paper_institution(institution_id, paper_id);"

	"CREATE TABLE topic ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  key TEXT NOT NULL"
	");"
	"CREATE INDEX topic_key ON topic(key);"
	"CREATE TABLE paper_topic ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  topic_id INTEGER NOT NULL REFERENCES topic(id),"
	"  origin INTEGER NOT NULL,"                    /* enum topic_origin */
	"  PRIMARY KEY (paper_id, topic_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX paper_topic_topic ON paper_topic(topic_id, paper_id);"

	"CREATE TABLE review ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  section TEXT NOT NULL,"                      /* review_section_name() */
	"  text TEXT NOT NULL,"
	"  PRIMARY KEY (paper_id, section)"
	") WITHOUT ROWID;"
	"CREATE TABLE link ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  url TEXT NOT NULL,"
	"  PRIMARY KEY (paper_id, url)"
	") WITHOUT ROWID;"

	"CREATE TABLE source ("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT NOT NULL,"
	"  hash TEXT NOT NULL,"                         /* content hash of the file as read */
	"  adapter TEXT,"
	"  ingested_at INTEGER NOT NULL,"
	"  UNIQUE (path, hash)"
	");"
	"CREATE TABLE paper_source ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (paper_id, source_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX paper_source_source ON paper_source(source_id);"

	/* The user's data: never written by an ingest. */
	"CREATE TABLE tag ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE"
	");"
	"CREATE TABLE paper_tag ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,"
	"  added_at INTEGER NOT NULL,"
	"  PRIMARY KEY (paper_id, tag_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX paper_tag_tag ON paper_tag(tag_id, paper_id);"
	"CREATE TABLE favourite ("
	"  paper_id INTEGER PRIMARY KEY REFERENCES paper(id) ON DELETE CASCADE,"
	"  added_at INTEGER NOT NULL"
	");"
	"CREATE TABLE read_mark ("
	"  paper_id INTEGER PRIMARY KEY REFERENCES paper(id) ON DELETE CASCADE,"
	"  read_at INTEGER NOT NULL"
	");"
	"CREATE TABLE note ("
	"  paper_id INTEGER PRIMARY KEY REFERENCES paper(id) ON DELETE CASCADE,"
	"  text TEXT NOT NULL,"
	"  updated_at INTEGER NOT NULL"
	");"

	/* Full-text index over paper's own columns, kept in step by triggers. */
	"CREATE VIRTUAL TABLE paper_fts USING fts5("
	"  title, abstract, authors, institutions,"
	"  content='paper', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2'"
	");"
	"CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper BEGIN"
	"  INSERT INTO paper_fts(rowid, title, abstract, authors, institutions)"
	"  VALUES (new.id, new.title, new.abstract, new.authors, new.institutions);"
	"END;"
	"CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper BEGIN"
	"  INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, institutions)"
	"  VALUES ('delete', old.id, old.title, old.abstract, old.authors, old.institutions);"
	"END;"
	"CREATE TRIGGER paper_fts_update AFTER UPDATE OF title, abstract, authors, institutions"
	"  ON paper BEGIN"
	"  INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, institutions)"
	"  VALUES ('delete', old.id, old.title, old.abstract, old.authors, old.institutions);"
	"  INSERT INTO paper_fts(rowid, title, abstract, authors, institutions)"
	"  VALUES (new.id, new.title, new.abstract, new.authors, new.institutions);"
	"END;";

/* v2: how many papers each institution, topic and tag has, for facets and pickers without a
 * scan; kept by triggers on the link tables (cascaded deletes fire them too). */
#define COUNT_TRIGGERS(link, col, parent)                                                       \
	"ALTER TABLE " parent " ADD COLUMN paper_count INTEGER NOT NULL DEFAULT 0;"              \
	"UPDATE " parent " SET paper_count ="                                                    \
	"  (SELECT count(*) FROM " link " WHERE " col " = " parent ".id);"                        \
	"CREATE INDEX " parent "_paper_count ON " parent "(paper_count);"                        \
	"CREATE TRIGGER " link "_count_insert AFTER INSERT ON " link " BEGIN"                    \
	"  UPDATE " parent " SET paper_count = paper_count + 1 WHERE id = new." col ";"          \
	"END;"                                                                                  \
	"CREATE TRIGGER " link "_count_delete AFTER DELETE ON " link " BEGIN"                    \
	"  UPDATE " parent " SET paper_count = paper_count - 1 WHERE id = old." col ";"          \
	"END;"                                                                                  \
	"CREATE TRIGGER " link "_count_update AFTER UPDATE OF " col " ON " link                  \
	"  WHEN old." col " IS NOT new." col " BEGIN"                                            \
	"  UPDATE " parent " SET paper_count = paper_count - 1 WHERE id = old." col ";"          \
	"  UPDATE " parent " SET paper_count = paper_count + 1 WHERE id = new." col ";"          \
	"END;"

static const char schema_v2[] =
	COUNT_TRIGGERS("paper_institution", "institution_id", "institution")
	COUNT_TRIGGERS("paper_topic", "topic_id", "topic")
	COUNT_TRIGGERS("paper_tag", "tag_id", "tag")
	/* link again with its key columns first: SQLite 3.40's integrity_check wrongly reports
	 * NULLs in a WITHOUT ROWID table whose non-key column comes before a key column. */
	"CREATE TABLE link_v2 ("
	"  paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,"
	"  url TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  PRIMARY KEY (paper_id, url)"
	") WITHOUT ROWID;"
	"INSERT INTO link_v2 (paper_id, url, kind) SELECT paper_id, url, kind FROM link;"
	"DROP TABLE link;"
	"ALTER TABLE link_v2 RENAME TO link;";

/* v3: a paper's topics keep their order: the primary arXiv category (the first one a page
 * lists, which bibtex's primaryClass names) comes first. Older rows read in name order. */
static const char schema_v3[] =
	"ALTER TABLE paper_topic ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;";

/* v4: an ingest batch (store_begin_batch) indexes its new papers in one statement before it
 * commits, instead of the triggers indexing each: every statement that writes inside a
 * transaction flushes FTS5's pending terms, so a paper at a time meant a segment per paper.
 * While fts_defer holds a row (only ever inside a batch's transaction), the triggers leave the
 * papers above its id to the batch. */
#define FTS_LIVE(row) " WHEN NOT EXISTS (SELECT 1 FROM fts_defer WHERE " row ".id > fts_defer.after)"

static const char schema_v4[] =
	"CREATE TABLE fts_defer ("
	"  after INTEGER NOT NULL"                      /* the highest paper id when the batch began */
	");"
	"DROP TRIGGER paper_fts_insert;"
	"DROP TRIGGER paper_fts_delete;"
	"DROP TRIGGER paper_fts_update;"
	"CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper" FTS_LIVE("new") " BEGIN"
	"  INSERT INTO paper_fts(rowid, title, abstract, authors, institutions)"
	"  VALUES (new.id, new.title, new.abstract, new.authors, new.institutions);"
	"END;"
	"CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper" FTS_LIVE("old") " BEGIN"
	"  INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, institutions)"
	"  VALUES ('delete', old.id, old.title, old.abstract, old.authors, old.institutions);"
	"END;"
	"CREATE TRIGGER paper_fts_update AFTER UPDATE OF title, abstract, authors, institutions"
	"  ON paper" FTS_LIVE("old") " BEGIN"
	"  INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, institutions)"
	"  VALUES ('delete', old.id, old.title, old.abstract, old.authors, old.institutions);"
	"  INSERT INTO paper_fts(rowid, title, abstract, authors, institutions)"
	"  VALUES (new.id, new.title, new.abstract, new.authors, new.institutions);"
	"END;";

/* v5: the order indexes also cover what filters test beside them, so a list walked in score
 * order tests a date or year range (and in date order a score range) from the index alone,
 * without reading each paper's row (issue 6). The id comes second, as the list orders ties
 * by id: the walk needs no sort. */
static const char schema_v5[] =
	"DROP INDEX paper_score;"
	"CREATE INDEX paper_score ON paper(score, id, date);"
	"DROP INDEX paper_date;"
	"CREATE INDEX paper_date ON paper(date, id, score);";

/* v6: the sort keys by id, so a list that gathers its matches (a rare word, a small
 * institution) sorts them by score or date from an index instead of reading each paper's
 * row: at 1,000,000 papers a rare word's few thousand matches meant a few thousand 16 KB
 * pages (issue 6). paper_scored holds the scores of the papers that have one (a few in a
 * hundred), small enough to stay in the reader's cache: a gather in score order looks its
 * matches up there. paper_year goes: no statement looks a year up (year: is a date range). */
static const char schema_v6[] =
	"DROP INDEX paper_year;"
	"CREATE INDEX paper_sort_keys ON paper(id, score, date);"
	"CREATE INDEX paper_scored ON paper(id, score) WHERE score IS NOT NULL;";

const char *const store_migrations[STORE_SCHEMA_VERSION] = {
	schema_v1,
	schema_v2,
	schema_v3,
	schema_v4,
	schema_v5,
	schema_v6,
};
