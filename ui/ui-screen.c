/* ui-screen.c — the only file that starts and stops curses: terminal set-up, restoring the
 * terminal on every way out (quit, SIGINT/SIGTERM/SIGHUP, a crash, a fatal error), colours. */
#include "ui-internal.h"

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

static SCREEN *screen;                     /* NULL when curses is off */
static volatile sig_atomic_t quit_signal;  /* the signal that asked us to quit, 0: none */

void ui_screen_stop(void)
{
	if (!screen)
		return;
	if (!isendwin()) {
		mousemask(0, NULL);
		endwin();
	}
	fflush(stdout);
	screen = NULL; /* the SCREEN is left to exit(): freeing it here is not signal-safe */
}

static void on_quit_signal(int sig)
{
	quit_signal = sig;
}

/* A crash: put the terminal back, then die of the same signal. */
static void on_crash_signal(int sig)
{
	if (screen)
		endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

#if defined(__SANITIZE_ADDRESS__)
static void on_sanitizer_death(void)
{
	ui_screen_stop();
}
#endif

static void install_signals(void)
{
	struct sigaction sa;
	static const int crash[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_quit_signal; /* no SA_RESTART: a blocking read returns at once */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_crash_signal;
	sa.sa_flags = SA_RESETHAND;
#if defined(__SANITIZE_ADDRESS__)
	/* the sanitizers catch SIGSEGV, SIGBUS and SIGFPE themselves and call this before
	 * exiting; SIGABRT and SIGILL they leave alone, so those get our handler too */
	__sanitizer_set_death_callback(on_sanitizer_death);
	(void)crash;
	sigaction(SIGABRT, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
#else
	for (size_t i = 0; i < sizeof crash / sizeof crash[0]; i++)
		sigaction(crash[i], &sa, NULL);
#endif
}

bool ui_screen_quit_requested(void)
{
	return quit_signal != 0;
}

int ui_screen_quit_signal(void)
{
	return (int)quit_signal;
}

bool ui_screen_input_pending(void)
{
	struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
	return quit_signal || poll(&p, 1, 0) > 0;
}

/* Wide characters need a UTF-8 locale; a plain "C" environment gets C.UTF-8 for the
 * character type only. */
static void ensure_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0))
		return;
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "en_US.UTF-8");
}

bool ui_screen_start(struct ui *ui, struct strbuf *err)
{
	const char *no_color = getenv("NO_COLOR");

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		sb_addf(err, "the reader needs a terminal (use 'paperboat list' in scripts)");
		return false;
	}
	ensure_utf8();
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		sb_addf(err, "cannot start the terminal (TERM=%s)",
			getenv("TERM") ? getenv("TERM") : "");
		return false;
	}
	set_term(screen);
	atexit(ui_screen_stop);
	util_set_fatal_cleanup(ui_screen_stop);
	install_signals();

	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	if (ui->cfg.mouse) {
		mouseinterval(0);
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	}
	ui->ncolors = 0;
	if (has_colors() && str_empty(no_color)) {
		start_color();
		use_default_colors();
		ui->ncolors = COLORS;
	}
	ui_screen_apply_theme(ui);
	return true;
}

static attr_t curses_attrs(unsigned a)
{
	attr_t r = A_NORMAL;
	if (a & UI_ATTR_BOLD)
		r |= A_BOLD;
	if (a & UI_ATTR_DIM)
		r |= A_DIM;
	if (a & UI_ATTR_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & UI_ATTR_REVERSE)
		r |= A_REVERSE;
	if (a & UI_ATTR_ITALIC)
		r |= A_ITALIC;
	if (a & UI_ATTR_BLINK)
		r |= A_BLINK;
	if (a & UI_ATTR_STANDOUT)
		r |= A_STANDOUT;
	return r;
}

void ui_screen_apply_theme(struct ui *ui)
{
	if (ui->ncolors < 8) {
		/* NO_COLOR or a terminal without colours: attributes only, from the monochrome
		 * theme, whatever theme was chosen (its colours would carry meaning we lose) */
		struct ui_theme mono;
		ui_theme_load_builtin(&mono, "monochrome");
		for (int e = 0; e < UI_EL_COUNT; e++)
			ui->attr[e] = curses_attrs(mono.el[e].attrs);
		return;
	}
	for (int e = 0; e < UI_EL_COUNT; e++) {
		const struct ui_style *s = &ui->theme.el[e];
		int fg, bg;
		bool bright_fg, bright_bg;
		ui_color_degrade(s->fg, ui->ncolors, &fg, &bright_fg);
		ui_color_degrade(s->bg, ui->ncolors, &bg, &bright_bg);
		init_extended_pair(e + 1, fg, bg);
		ui->attr[e] = COLOR_PAIR(e + 1) | curses_attrs(s->attrs) | (bright_fg ? A_BOLD : 0);
	}
}
