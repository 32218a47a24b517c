/* ingest-walk.c — command-line paths to the ordered list of files one ingest run reads. */
#include "ingest.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Directories entered so far, by device and inode, so a symbolic-link loop ends. */
struct visited {
	dev_t *dev;     /* devices */
	ino_t *ino;     /* inodes */
	size_t n, cap;  /* used, allocated */
};

static bool visited_add(struct visited *v, const struct stat *sb)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->dev[i] == sb->st_dev && v->ino[i] == sb->st_ino)
			return false;
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->dev = xrealloc(v->dev, v->cap * sizeof *v->dev);
		v->ino = xrealloc(v->ino, v->cap * sizeof *v->ino);
	}
	v->dev[v->n] = sb->st_dev;
	v->ino[v->n++] = sb->st_ino;
	return true;
}

static void files_add(struct ingest_files *f, char *path, char *error)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 32;
		f->v = xrealloc(f->v, f->cap * sizeof *f->v);
	}
	f->v[f->n++] = (struct ingest_file){path, error};
}

void ingest_files_free(struct ingest_files *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].path);
		free(f->v[i].error);
	}
	free(f->v);
	memset(f, 0, sizeof *f);
}

/* NAME without a final ".gz" (case-insensitive): its length. */
static size_t base_len(const char *name)
{
	size_t n = strlen(name);
	if (n > 3 && strcasecmp(name + n - 3, ".gz") == 0)
		n -= 3;
	return n;
}

static bool has_ext(const char *name, size_t n, const char *ext)
{
	size_t el = strlen(ext);
	return n > el && strncasecmp(name + n - el, ext, el) == 0;
}

bool ingest_name_is_html(const char *name, bool *known)
{
	size_t n = base_len(name);
	bool html = has_ext(name, n, ".html") || has_ext(name, n, ".htm") || has_ext(name, n, ".xhtml");
	*known = html || has_ext(name, n, ".txt");
	return html;
}

bool ingest_wanted_name(const char *name)
{
	bool known;
	ingest_name_is_html(name, &known);
	return known;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* True when NAME is "X_files" and X.html, X.htm or X.xhtml is among NAMES: the folder a
 * browser's "save page, complete" writes beside the page. */
static bool is_saved_resources(const char *name, char **names, size_t n)
{
	static const char *const exts[] = {".html", ".htm", ".xhtml", ".HTML", ".HTM"};
	size_t len = strlen(name);
	if (len <= 6 || strcmp(name + len - 6, "_files") != 0)
		return false;
	for (size_t e = 0; e < sizeof exts / sizeof exts[0]; e++) {
		char *page = xasprintf("%.*s%s", (int)(len - 6), name, exts[e]);
		bool found = bsearch(&page, names, n, sizeof *names, name_cmp) != NULL;
		free(page);
		if (found)
			return true;
	}
	return false;
}

/* Adds the wanted files under DIR; returns how many. */
static size_t walk_dir(const char *dir, struct visited *seen, struct ingest_files *out)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0, added = 0;
	struct dirent *e;

	if (!d) {
		files_add(out, xstrdup(dir), xasprintf("%s: cannot read the directory: %s", dir,
						       strerror(errno)));
		return 0;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.') /* ".", "..", and hidden files */
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = xrealloc(names, cap * sizeof *names);
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i < n; i++) {
		char *path = join(dir, names[i]);
		struct stat sb;
		/* stat follows links; a broken link or a link loop is passed over */
		if (stat(path, &sb) == 0) {
			if (S_ISDIR(sb.st_mode)) {
				if (!is_saved_resources(names[i], names, n) && visited_add(seen, &sb))
					added += walk_dir(path, seen, out);
			} else if (S_ISREG(sb.st_mode) && ingest_wanted_name(names[i])) {
				files_add(out, path, NULL);
				path = NULL;
				added++;
			}
		}
		free(path);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return added;
}

void ingest_walk(char *const *paths, int n, struct ingest_files *out)
{
	struct visited seen = {0};
	for (int i = 0; i < n; i++) {
		const char *p = paths[i];
		struct stat sb;
		if (strcmp(p, "-") == 0) {
			files_add(out, xstrdup(p), NULL);
		} else if (stat(p, &sb) != 0) {
			files_add(out, xstrdup(p), xasprintf("%s: %s", p, strerror(errno)));
		} else if (S_ISDIR(sb.st_mode)) {
			if (visited_add(&seen, &sb) && walk_dir(p, &seen, out) == 0)
				files_add(out, xstrdup(p),
					  xasprintf("%s: no " INGEST_EXTENSIONS " files in it", p));
		} else {
			files_add(out, xstrdup(p), NULL);
		}
	}
	free(seen.dev);
	free(seen.ino);
}
