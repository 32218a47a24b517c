/* store-user.c — the user's own data on a paper: tags, favourite, read mark, note. Ingests
 * never write these tables; only these functions (and a merge of two papers, which moves
 * them) do. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store-internal.h"
#include "store.h"

enum {
	SLOT_EXISTS = STORE_SLOT_USER,
	SLOT_TAG_CREATE,
	SLOT_TAG_LINK,
	SLOT_TAG_UNLINK,
	SLOT_TAG_DROP_UNUSED,
	SLOT_FAV_ON,
	SLOT_FAV_OFF,
	SLOT_READ_ON,
	SLOT_READ_OFF,
	SLOT_NOTE_SET,
	SLOT_NOTE_DELETE,
	SLOT_TAG_COUNT,
};

/* Longest tag name, in bytes. */
#define TAG_MAX 100

static bool paper_exists(struct store *st, long long id)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_EXISTS, "SELECT 1 FROM paper WHERE id = ?1");
	int rc;
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return true;
	if (rc == SQLITE_DONE)
		return store_fail(st, "no paper with id %lld", id);
	return store_fail_sql(st, "cannot read the library");
}

/* Length of the UTF-8 character at S and its code point; 0 when S is not valid UTF-8. */
static size_t utf8_char(const unsigned char *s, uint32_t *cp)
{
	size_t n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
				 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
	uint32_t c;
	if (n == 0)
		return 0;
	c = n == 1 ? s[0] : (uint32_t)(s[0] & (0x7F >> n));
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

static bool is_space_cp(uint32_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
	       (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
	       c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* Trims IN and checks it can be a tag: not empty, no whitespace or control characters, not
 * starting with '+' or '-' (the CLI's add/remove marks), valid UTF-8. */
static bool tag_name(struct store *st, const char *in, char **out)
{
	const unsigned char *p;
	size_t n;
	uint32_t cp;

	*out = NULL;
	if (!in)
		return store_fail(st, "a tag needs a name");
	while (*in == ' ' || *in == '\t')
		in++;
	n = strlen(in);
	while (n && (in[n - 1] == ' ' || in[n - 1] == '\t'))
		n--;
	if (n == 0)
		return store_fail(st, "a tag needs a name");
	if (n > TAG_MAX)
		return store_fail(st, "a tag name is at most %d bytes long", TAG_MAX);
	if (in[0] == '+' || in[0] == '-')
		return store_fail(st, "a tag name cannot start with '+' or '-'");
	for (p = (const unsigned char *)in; p < (const unsigned char *)in + n;) {
		size_t len = utf8_char(p, &cp);
		if (len == 0)
			return store_fail(st, "a tag name must be valid UTF-8");
		if (is_space_cp(cp))
			return store_fail(st, "a tag name cannot contain spaces");
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 ||
		    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
			return store_fail(st, "a tag name cannot contain control characters");
		p += len;
	}
	*out = xstrndup(in, n);
	return true;
}

/* Runs S with an integer id and an optional text, as one statement of the current work. */
static bool run(struct store *st, sqlite3_stmt *s, long long id, const char *text, long long t)
{
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	if (text)
		store_bind_text(s, 2, text);
	if (t)
		sqlite3_bind_int64(s, 3, t);
	return store_step_done(st, s, "cannot change the user's data");
}

/* After a paper_tag row was added (+1) or removed (-1), if the statement did: the tag's count
 * (the store keeps it, store-derived.c). */
static bool count_tag(struct store *st, const char *name, int delta)
{
	sqlite3_stmt *s;
	if (sqlite3_changes(st->db) == 0)
		return true;
	s = store_stmt(st, SLOT_TAG_COUNT,
		       "UPDATE tag SET paper_count = paper_count + ?3 WHERE name = ?2");
	return run(st, s, 0, name, delta);
}

static bool tag_set(struct store *st, long long id, const char *name, bool on)
{
	long long now = (long long)time(NULL);
	if (!paper_exists(st, id))
		return false;
	if (on)
		return run(st,
			   store_stmt(st, SLOT_TAG_CREATE,
				      "INSERT OR IGNORE INTO tag (name) VALUES (?2)"),
			   id, name, 0) &&
		       run(st,
			   store_stmt(st, SLOT_TAG_LINK,
				      "INSERT OR IGNORE INTO paper_tag (paper_id, tag_id, added_at)"
				      " SELECT ?1, id, ?3 FROM tag WHERE name = ?2"),
			   id, name, now) &&
		       count_tag(st, name, 1);
	return run(st,
		   store_stmt(st, SLOT_TAG_UNLINK,
			      "DELETE FROM paper_tag WHERE paper_id = ?1"
			      " AND tag_id = (SELECT id FROM tag WHERE name = ?2)"),
		   id, name, 0) &&
	       count_tag(st, name, -1) &&
	       /* a tag no paper has would linger in the pickers */
	       run(st,
		   store_stmt(st, SLOT_TAG_DROP_UNUSED,
			      "DELETE FROM tag WHERE name = ?2 AND paper_count = 0"),
		   id, name, 0);
}

bool store_tag_set(struct store *st, long long id, const char *tag, bool on)
{
	char *name;
	bool ok;
	if (!tag_name(st, tag, &name))
		return false;
	if (!store_work_begin(st)) {
		free(name);
		return false;
	}
	ok = store_work_end(st, tag_set(st, id, name, on));
	free(name);
	return ok;
}

/* Flags (favourite, read): a row exists or not. */
static bool flag_set(struct store *st, long long id, bool on, int on_slot, const char *on_sql,
		     int off_slot, const char *off_sql)
{
	bool ok;
	if (!store_work_begin(st))
		return false;
	ok = paper_exists(st, id) &&
	     (on ? run(st, store_stmt(st, on_slot, on_sql), id, NULL, (long long)time(NULL))
		 : run(st, store_stmt(st, off_slot, off_sql), id, NULL, 0));
	return store_work_end(st, ok);
}

bool store_favourite_set(struct store *st, long long id, bool on)
{
	return flag_set(st, id, on, SLOT_FAV_ON,
			"INSERT OR IGNORE INTO favourite (paper_id, added_at) VALUES (?1, ?3)",
			SLOT_FAV_OFF, "DELETE FROM favourite WHERE paper_id = ?1");
}

bool store_read_set(struct store *st, long long id, bool on)
{
	return flag_set(st, id, on, SLOT_READ_ON,
			"INSERT OR IGNORE INTO read_mark (paper_id, read_at) VALUES (?1, ?3)",
			SLOT_READ_OFF, "DELETE FROM read_mark WHERE paper_id = ?1");
}

bool store_note_set(struct store *st, long long id, const char *text)
{
	bool ok;
	if (!store_work_begin(st))
		return false;
	ok = paper_exists(st, id) &&
	     (str_empty(text)
		      ? run(st, store_stmt(st, SLOT_NOTE_DELETE, "DELETE FROM note WHERE paper_id = ?1"),
			    id, NULL, 0)
		      : run(st,
			    store_stmt(st, SLOT_NOTE_SET,
				       "INSERT INTO note (paper_id, text, updated_at)"
				       " VALUES (?1, ?2, ?3) ON CONFLICT (paper_id) DO UPDATE SET"
				       " text = excluded.text, updated_at = excluded.updated_at"
				       " WHERE text IS NOT excluded.text"),
			    id, text, (long long)time(NULL)));
	return store_work_end(st, ok);
}
