/* ui-main.c — the reader's start (options, config, theme, library), its event loop, and how
 * keys and mouse events reach the panes. */
#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "cli.h"
#include "store-watch.h"
#include "ui-internal.h"
#include "ui-keymap.h"

/* How long the loop waits for a key before looking for changes to the library (ms). */
#define IDLE_TICK_MS 1000

static const struct ui_pane_ops *const panes[UI_PANE_COUNT] = {
	[UI_PANE_FACETS] = &ui_pane_facets,
	[UI_PANE_LIST] = &ui_pane_list,
	[UI_PANE_ABSTRACT] = &ui_pane_abstract,
};

struct options {
	const char *theme; /* --theme NAME */
	const char *query; /* --query QUERY */
	const char *db;    /* --db PATH after the reader's own options */
};

static void usage(FILE *f)
{
	fprintf(f, "usage: paperboat [--db PATH] [--theme NAME] [--query QUERY]\n"
		   "\n"
		   "Opens the reader on the library. Press ? in it for the keys.\n"
		   "\n"
		   "  --theme NAME    colour theme (default, light, monochrome, or a file)\n"
		   "  --query QUERY   start with this filter (the query language of 'list')\n"
		   "  --db PATH       use the library at PATH\n");
}

/* Returns -1 to go on, else an exit status. */
static int parse_options(int argc, char **argv, struct options *o)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		const char **slot = NULL;
		const char *name = NULL;
		if (cli_is_help(a)) {
			usage(stdout);
			return EXIT_OK;
		}
		if (str_starts(a, "--theme"))
			slot = &o->theme, name = "--theme";
		else if (str_starts(a, "--query"))
			slot = &o->query, name = "--query";
		else if (str_starts(a, "--db"))
			slot = &o->db, name = "--db";
		if (slot && a[strlen(name)] == '=') {
			*slot = a + strlen(name) + 1;
		} else if (slot && a[strlen(name)] == '\0') {
			if (i + 1 >= argc) {
				fprintf(stderr, "paperboat: %s needs a value\n", name);
				return EXIT_USAGE;
			}
			*slot = argv[++i];
		} else {
			fprintf(stderr, "paperboat: unknown option or command '%s'\n"
					"Try 'paperboat --help'.\n",
				a);
			return EXIT_USAGE;
		}
	}
	return -1;
}

void ui_close_overlay(struct ui *ui)
{
	const struct ui_pane_ops *o = ui->overlay;
	ui->overlay = NULL;
	if (o && o->close)
		o->close(ui);
}

void ui_focus(struct ui *ui, enum ui_pane_id p)
{
	if (ui->lay.pane[p].h > 0)
		ui->focus = p;
}

/* Tab and S-Tab: the next pane that is shown. */
static void cycle_focus(struct ui *ui, int dir)
{
	int p = ui->focus;
	for (int i = 0; i < UI_PANE_COUNT; i++) {
		p = (p + dir + UI_PANE_COUNT) % UI_PANE_COUNT;
		if (ui->lay.pane[p].h > 0) {
			ui->focus = (enum ui_pane_id)p;
			return;
		}
	}
}

void ui_reload(struct ui *ui, bool quiet)
{
	ui_model_invalidate(&ui->model, UI_STALE_ALL);
	if (ui->view == &ui_view_reader)
		ui_reader_reload(ui);
	if (!quiet)
		ui_message(ui, "reloaded");
}

static void global_action(struct ui *ui, enum ui_action a)
{
	switch (a) {
	case ACT_QUIT:
		ui->quit = true;
		return;
	case ACT_CLOSE:
		if (ui->view)
			ui->view = NULL;
		else
			ui->quit = true;
		return;
	case ACT_HELP:
		ui_help_open(ui);
		return;
	case ACT_RELOAD:
		ui_reload(ui, false);
		return;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return;
	case ACT_NEXT_PAPER:
	case ACT_PREV_PAPER:
		/* outside the full reader: the list's cursor, whichever pane has the focus */
		ui_list_move(ui, ui->model.cursor + (a == ACT_NEXT_PAPER ? 1 : -1));
		return;
	case ACT_NEXT_PANE:
		cycle_focus(ui, +1);
		return;
	case ACT_PREV_PANE:
		cycle_focus(ui, -1);
		return;
	default:
		break;
	}
	if (!ui_act_filter(ui, a) && !ui_act_paper(ui, a))
		ui_act_out(ui, a);
}

static void handle_mouse(struct ui *ui)
{
	MEVENT ev;
	bool wheel_up, wheel_down;

	if (getmouse(&ev) != OK)
		return;
	wheel_up = ev.bstate & BUTTON4_PRESSED;
	wheel_down = ev.bstate & BUTTON5_PRESSED;
	if (ui->overlay) {
		if (ui->overlay->click && (ev.bstate & BUTTON1_PRESSED))
			ui->overlay->click(ui, ui->lay.full, ev.y, ev.x);
		else if (ui->overlay->key && (wheel_up || wheel_down))
			ui->overlay->key(ui, UI_KEY_FN | (wheel_up ? KEY_UP : KEY_DOWN));
		return;
	}
	if (ui->view) {
		for (int i = 0; i < 3 && (wheel_up || wheel_down); i++)
			ui->view->action(ui, wheel_up ? ACT_UP : ACT_DOWN);
		return;
	}
	for (int p = 0; p < UI_PANE_COUNT; p++) {
		struct ui_rect r = ui->lay.pane[p];
		if (r.h <= 0 || ev.y < r.y || ev.y >= r.y + r.h || ev.x < r.x || ev.x >= r.x + r.w)
			continue;
		if (wheel_up || wheel_down) {
			for (int i = 0; i < 3; i++)
				panes[p]->action(ui, wheel_up ? ACT_UP : ACT_DOWN);
		} else if (ev.bstate & BUTTON1_PRESSED) {
			ui_focus(ui, (enum ui_pane_id)p);
			if (panes[p]->click)
				panes[p]->click(ui, r, ev.y - r.y, ev.x - r.x);
		}
		return;
	}
}

static void handle_key(struct ui *ui, int key)
{
	enum ui_action a;

	if (key == (UI_KEY_FN | KEY_RESIZE))
		return; /* the next draw uses the new size */
	if (key == (UI_KEY_FN | KEY_MOUSE)) {
		handle_mouse(ui);
		return;
	}
	free(ui->msg);
	ui->msg = NULL;
	if (ui->overlay) {
		ui->overlay->key(ui, key);
		return;
	}
	a = ui_keymap_lookup(&ui->cfg.keymap, key);
	if (a == ACT_NONE) {
		char name[32];
		ui_message(ui, "%s does nothing here; ? lists the keys",
			   ui_key_name(key, name, sizeof name));
		return;
	}
	if (ui->view) {
		if (!ui->view->action(ui, a))
			global_action(ui, a);
		return;
	}
	if (ui->lay.pane[ui->focus].h <= 0)
		ui->focus = UI_PANE_LIST;
	if (!panes[ui->focus]->action(ui, a))
		global_action(ui, a);
}

static bool interrupt_check(void *ctx)
{
	(void)ctx;
	return ui_screen_input_pending();
}

/* Counts and facets, one piece at a time, while no key is waiting; a key that arrives
 * meanwhile stops the running query (it is redone later). */
static void background_work(struct ui *ui)
{
	while (!ui_screen_input_pending()) {
		struct strbuf err = {0};
		bool failed, did;
		store_set_interrupt(ui->st, interrupt_check, ui);
		did = ui_model_idle_step(&ui->model, &failed, &err);
		store_set_interrupt(ui->st, NULL, NULL);
		if (failed && !ui_screen_input_pending()) {
			/* a real error, not an interruption: say so once and give the piece up */
			ui_error(ui, "%s", err.s ? err.s : "cannot count");
			ui->model.stale &= ui->model.stale - 1;
		}
		sb_free(&err);
		if (!did)
			break;
		ui_draw_all(ui);
	}
}

/* While idle: papers ingested by another process show up; browser processes are reaped. */
static void idle_tick(struct ui *ui)
{
	long long v = store_data_version(ui->st);
	if (v >= 0 && v != ui->data_version) {
		ui->data_version = v;
		ui_reload(ui, true);
	}
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
}

static void event_loop(struct ui *ui)
{
	while (!ui->quit && !ui_screen_quit_requested()) {
		wint_t wc;
		int rc;

		ui_layout_compute(&ui->lay, LINES, COLS);
		if (ui->lay.pane[ui->focus].h <= 0)
			ui->focus = UI_PANE_LIST;
		ui_draw_all(ui);
		background_work(ui);
		timeout(IDLE_TICK_MS);
		rc = get_wch(&wc);
		if (rc == ERR) {
			idle_tick(ui);
			continue;
		}
		handle_key(ui, ui_key_normalize((int)wc, rc == KEY_CODE_YES));
	}
}

/* Config messages: the first in the status line (home shortened to ~ to leave room for the
 * message), all of them on stderr after the reader. */
static void report_messages(struct ui *ui, struct strlist *msgs)
{
	const char *home = getenv("HOME"), *first;
	size_t hl = home ? strlen(home) : 0;
	if (!msgs->n)
		return;
	first = msgs->v[0];
	bool tilde = hl > 1 && strncmp(first, home, hl) == 0 && first[hl] == '/';
	if (msgs->n == 1)
		ui_error(ui, "%s%s", tilde ? "~" : "", first + (tilde ? hl : 0));
	else
		ui_error(ui, "(1 of %zu, all shown on exit) %s%s", msgs->n, tilde ? "~" : "",
			 first + (tilde ? hl : 0));
	for (size_t i = 0; i < msgs->n; i++)
		strlist_add(&ui->exit_msgs, msgs->v[i]);
}

static void ui_free(struct ui *ui)
{
	ui_close_overlay(ui);
	ui_prompt_free(&ui->prompt);
	ui_picker_free(&ui->picker);
	ui_docview_free(&ui->reader);
	ui_docview_free(&ui->help);
	ui_model_free(&ui->model);
	ui_undo_free(&ui->undo);
	ui_config_free(&ui->cfg);
	strlist_free(&ui->hist_search);
	strlist_free(&ui->hist_query);
	strlist_free(&ui->exit_msgs);
	free(ui->msg);
}

int ui_main(struct cli *cli, int argc, char **argv)
{
	struct ui ui;
	struct options opt = {0};
	struct strlist msgs = {0};
	struct strbuf err = {0};
	int status = parse_options(argc, argv, &opt);

	if (status >= 0)
		return status;
	memset(&ui, 0, sizeof ui);
	ui_config_init(&ui.cfg);
	ui_config_load(&ui.cfg, NULL, &msgs);
	ui_theme_load(&ui.theme, opt.theme ? opt.theme : ui.cfg.theme, &msgs);

	ui.st = store_open(opt.db ? opt.db : cli->db_path, STORE_READ_WRITE, &err);
	if (!ui.st) {
		cli_error("%s", err.s ? err.s : "cannot open the library");
		status = EXIT_FAIL;
		goto done;
	}
	ui_model_init(&ui.model, ui.st, ui.cfg.sort);
	if (opt.query) {
		struct ui_filter f = {0};
		struct query_error qerr = {0};
		f.query = xstrdup(opt.query);
		if (!ui_model_set_filter(&ui.model, &f, &qerr)) {
			fprintf(stderr, "paperboat: --query: column %d: %s\n", qerr.column, qerr.msg);
			ui_filter_clear(&f);
			status = EXIT_USAGE;
			goto done;
		}
		ui_filter_clear(&f);
	}
	ui.focus = UI_PANE_LIST;
	ui.data_version = store_data_version(ui.st);
	if (!ui_screen_start(&ui, &err)) {
		cli_error("%s", err.s);
		status = EXIT_FAIL;
		goto done;
	}
	report_messages(&ui, &msgs);
	event_loop(&ui);
	ui_screen_stop();
	/* a quit by signal exits as shells expect: 128 + the signal */
	status = ui_screen_quit_signal() ? 128 + ui_screen_quit_signal() : EXIT_OK;
	for (size_t i = 0; i < ui.exit_msgs.n; i++)
		fprintf(stderr, "paperboat: %s\n", ui.exit_msgs.v[i]);
done:
	if (!ui.exit_msgs.n)
		for (size_t i = 0; i < msgs.n; i++)
			fprintf(stderr, "paperboat: %s\n", msgs.v[i]);
	ui_free(&ui);
	store_close(ui.st);
	strlist_free(&msgs);
	sb_free(&err);
	return status;
}
