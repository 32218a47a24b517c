/* ui-act-out.c — getting papers out of the reader: the browser, the clipboard (link or
 * BibTeX, through OSC 52) and export of the view to a file, in the command line's formats. */
#include "ui-internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"
#include "ui-exec.h"

/* How many ids an export asks for at a time. */
#define EXPORT_BATCH 500

/* The paper the out actions are about: the one in the reader, else the one under the cursor.
 * Loaded into P (free with paper_free); false when there is none. */
static bool current_paper(struct ui *ui, struct paper *p)
{
	const struct list_row *row = ui_model_row(&ui->model, ui->model.cursor);
	long long id = ui->view == &ui_view_reader ? ui->reader.id : row ? row->id : 0;
	memset(p, 0, sizeof *p);
	if (!id || !store_paper_get(ui->st, id, p)) {
		ui_error(ui, "no paper selected");
		return false;
	}
	return true;
}

/* The link people want: the abstract page, else the arXiv page, else the DOI, else the PDF. */
static char *paper_link(const struct paper *p)
{
	if (p->url && ui_exec_url_ok(p->url))
		return xstrdup(p->url);
	if (p->arxiv_id)
		return xasprintf("https://arxiv.org/abs/%s", p->arxiv_id);
	if (p->doi)
		return xasprintf("https://doi.org/%s", p->doi);
	if (p->pdf_url)
		return xstrdup(p->pdf_url);
	return p->url ? xstrdup(p->url) : NULL;
}

static void browse(struct ui *ui)
{
	struct paper p;
	struct strbuf err = {0};
	char *url;
	if (!current_paper(ui, &p))
		return;
	url = paper_link(&p);
	if (!url)
		ui_error(ui, "this paper has no link");
	else if (ui_exec_browser(ui->cfg.browser, url, &err))
		ui_message(ui, "opened %s", url);
	else
		ui_error(ui, "%s", err.s);
	free(url);
	sb_free(&err);
	paper_free(&p);
}

static void copy(struct ui *ui, bool bibtex)
{
	struct paper p;
	struct strbuf err = {0};
	char *text = NULL;
	size_t len = 0;

	if (!current_paper(ui, &p))
		return;
	if (bibtex) {
		FILE *f = open_memstream(&text, &len);
		struct format_out o;
		if (!f) {
			ui_error(ui, "cannot make the BibTeX entry: %s", strerror(errno));
			paper_free(&p);
			return;
		}
		format_begin(&o, f, FORMAT_BIBTEX);
		format_paper(&o, &p);
		format_end(&o);
		fclose(f);
	} else {
		text = paper_link(&p);
	}
	if (!text || !*text)
		ui_error(ui, "this paper has no link");
	else if (!ui_exec_copy(text, &err))
		ui_error(ui, "%s", err.s);
	else if (bibtex)
		ui_message(ui, "copied the BibTeX entry to the clipboard (OSC 52)");
	else
		ui_message(ui, "copied %s to the clipboard (OSC 52)", text);
	free(text);
	sb_free(&err);
	paper_free(&p);
}

static const char *extension(enum format_kind k)
{
	return k == FORMAT_BIBTEX ? "bib" : k == FORMAT_JSON ? "json" : "csv";
}

/* Writes the marked papers, or every paper of the view, to a new file named after the time. */
static void export_view(struct ui *ui)
{
	enum format_kind kind = FORMAT_BIBTEX;
	struct format_out o;
	struct strbuf err = {0};
	char stamp[32], *path;
	time_t now = time(NULL);
	struct tm tm;
	FILE *f;
	bool ok = true;

	format_from_name(ui->cfg.export_format, &kind);
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	path = xasprintf("%s%spaperboat-%s.%s", ui->cfg.export_dir ? ui->cfg.export_dir : "",
			 ui->cfg.export_dir ? "/" : "", stamp, extension(kind));
	f = fopen(path, "wx");
	if (!f) {
		ui_error(ui, "%s: cannot create: %s", path, strerror(errno));
		free(path);
		return;
	}
	format_begin(&o, f, kind);
	if (ui->model.nmarks) {
		for (size_t i = 0; i < ui->model.nmarks; i++) {
			struct paper p = {0};
			if (store_paper_get(ui->st, ui->model.marks[i], &p)) {
				format_paper(&o, &p);
				paper_free(&p);
			}
		}
	} else {
		for (long long off = 0; ok; off += EXPORT_BATCH) {
			long long *ids = NULL;
			size_t n = 0;
			ok = store_list_ids(ui->st, ui->model.q, ui->model.sort, off, EXPORT_BATCH, &ids,
					    &n, &err);
			for (size_t i = 0; ok && i < n; i++) {
				struct paper p = {0};
				if (store_paper_get(ui->st, ids[i], &p)) {
					format_paper(&o, &p);
					paper_free(&p);
				}
			}
			free(ids);
			if (n < EXPORT_BATCH)
				break;
		}
	}
	format_end(&o);
	if (fclose(f) != 0 && ok) {
		sb_addf(&err, "%s: %s", path, strerror(errno));
		ok = false;
	}
	if (ok)
		ui_message(ui, "exported %zu %s to %s", o.count, o.count == 1 ? "paper" : "papers",
			   path);
	else
		ui_error(ui, "export failed: %s", err.s ? err.s : "cannot read the library");
	sb_free(&err);
	free(path);
}

bool ui_act_out(struct ui *ui, enum ui_action a)
{
	switch (a) {
	case ACT_BROWSE:
		browse(ui);
		return true;
	case ACT_COPY_LINK:
		copy(ui, false);
		return true;
	case ACT_COPY_BIBTEX:
		copy(ui, true);
		return true;
	case ACT_EXPORT:
		export_view(ui);
		return true;
	default:
		return false;
	}
}
