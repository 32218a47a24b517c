/* ui-exec.c — running the editor and the browser (fork/execvp with argv; never a shell) and
 * copying through OSC 52. */
#include "ui-exec.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"

/* Splits a command line into words the way the config file does (quotes group). */
static bool split_command(const char *cmd, struct config_line *l, struct strbuf *err)
{
	if (!config_split(cmd, l, err))
		return false;
	if (l->argc == 0) {
		sb_addf(err, "empty command");
		return false;
	}
	return true;
}

static char **make_argv(const struct config_line *l, const char *arg, bool substitute)
{
	char **argv = xcalloc((size_t)l->argc + 2, sizeof *argv);
	bool used = false;
	int n = 0;
	for (int i = 0; i < l->argc; i++) {
		const char *pct = substitute ? strstr(l->argv[i], "%s") : NULL;
		if (pct) {
			argv[n++] = xasprintf("%.*s%s%s", (int)(pct - l->argv[i]), l->argv[i], arg,
					      pct + 2);
			used = true;
		} else {
			argv[n++] = xstrdup(l->argv[i]);
		}
	}
	if (!used)
		argv[n++] = xstrdup(arg);
	return argv;
}

static void free_argv(char **argv)
{
	for (char **a = argv; a && *a; a++)
		free(*a);
	free(argv);
}

bool ui_exec_editor(const char *text, char **out, struct strbuf *err)
{
	const char *editor = getenv("VISUAL");
	char path[] = "/tmp/paperboat-note-XXXXXX.md";
	struct config_line cmd = {0};
	char **argv = NULL;
	struct sigaction ign, old_int, old_quit;
	int fd, status = 0;
	pid_t pid;
	bool ok = false;
	size_t len = strlen(text);

	*out = NULL;
	if (str_empty(editor))
		editor = getenv("EDITOR");
	if (str_empty(editor))
		editor = "vi";
	if (!split_command(editor, &cmd, err))
		return false;
	fd = mkstemps(path, 3);
	if (fd < 0) {
		sb_addf(err, "cannot make a temporary file: %s", strerror(errno));
		config_line_free(&cmd);
		return false;
	}
	if (write(fd, text, len) != (ssize_t)len || (len && write(fd, "\n", 1) != 1)) {
		sb_addf(err, "%s: cannot write: %s", path, strerror(errno));
		close(fd);
		goto fail;
	}
	close(fd);
	argv = make_argv(&cmd, path, false);

	/* the editor owns the terminal (and ^C) until it exits */
	def_prog_mode();
	endwin();
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execvp(argv[0], argv);
		fprintf(stderr, "paperboat: cannot run '%s': %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	reset_prog_mode();
	refresh();

	if (pid < 0) {
		sb_addf(err, "cannot start the editor: %s", strerror(errno));
		goto fail;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		sb_addf(err, "the editor '%s' failed (status %d); the note was not changed", argv[0],
			WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
		goto fail;
	}
	*out = util_read_file(path, NULL);
	if (!*out) {
		sb_addf(err, "%s: cannot read: %s", path, strerror(errno));
		goto fail;
	}
	len = strlen(*out);
	while (len > 0 && ((*out)[len - 1] == '\n' || (*out)[len - 1] == '\r'))
		(*out)[--len] = '\0';
	ok = true;
fail:
	unlink(path);
	free_argv(argv);
	config_line_free(&cmd);
	return ok;
}

bool ui_exec_url_ok(const char *url)
{
	if (!url || !(str_starts(url, "http://") || str_starts(url, "https://")))
		return false;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= 0x20 || *p == 0x7F)
			return false;
	return strlen(url) > 8;
}

/* Starts ARGV detached (its own session, output to /dev/null) and reports whether execvp
 * worked: the child writes errno to a close-on-exec pipe only when it fails. */
static bool spawn_detached(char **argv, struct strbuf *err)
{
	int pfd[2], child_errno = 0, status;
	pid_t pid;
	ssize_t n;

	if (pipe2(pfd, O_CLOEXEC) != 0) {
		sb_addf(err, "cannot start '%s': %s", argv[0], strerror(errno));
		return false;
	}
	pid = fork();
	if (pid == 0) {
		/* the grandchild is the browser, so no zombie is left behind */
		pid_t g = fork();
		if (g != 0)
			_exit(g < 0 ? 1 : 0);
		int null = open("/dev/null", O_RDWR);
		setsid();
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
		}
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		execvp(argv[0], argv);
		int e = errno;
		if (write(pfd[1], &e, sizeof e) < 0)
			_exit(127);
		_exit(127);
	}
	close(pfd[1]);
	if (pid < 0) {
		close(pfd[0]);
		sb_addf(err, "cannot start '%s': %s", argv[0], strerror(errno));
		return false;
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	while ((n = read(pfd[0], &child_errno, sizeof child_errno)) < 0 && errno == EINTR)
		;
	close(pfd[0]);
	if (n == (ssize_t)sizeof child_errno) {
		sb_addf(err, "cannot run '%s': %s", argv[0], strerror(child_errno));
		return false;
	}
	return true;
}

bool ui_exec_browser(const char *command, const char *url, struct strbuf *err)
{
	const char *env = getenv("BROWSER");
	struct strlist commands = {0};
	bool ok = false;

	if (!ui_exec_url_ok(url)) {
		sb_addf(err, "not opening '%.60s': only http and https links are opened", url ? url : "");
		return false;
	}
	if (!str_empty(command)) {
		strlist_add(&commands, command);
	} else if (!str_empty(env)) {
		char *copy = xstrdup(env), *save = NULL;
		for (char *c = strtok_r(copy, ":", &save); c; c = strtok_r(NULL, ":", &save))
			if (*c)
				strlist_add(&commands, c);
		free(copy);
	}
	if (!commands.n)
		strlist_add(&commands, "xdg-open");
	for (size_t i = 0; i < commands.n && !ok; i++) {
		struct config_line l = {0};
		if (i)
			sb_clear(err);
		if (split_command(commands.v[i], &l, err)) {
			char **argv = make_argv(&l, url, true);
			ok = spawn_detached(argv, err);
			free_argv(argv);
		}
		config_line_free(&l);
	}
	strlist_free(&commands);
	return ok;
}

char *ui_exec_osc52(const char *text)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *s = (const unsigned char *)text;
	size_t len = strlen(text);
	struct strbuf b = {0};

	sb_add(&b, "\033]52;c;");
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)s[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < len)
			v |= s[i + 2];
		sb_addc(&b, b64[(v >> 18) & 63]);
		sb_addc(&b, b64[(v >> 12) & 63]);
		sb_addc(&b, i + 1 < len ? b64[(v >> 6) & 63] : '=');
		sb_addc(&b, i + 2 < len ? b64[v & 63] : '=');
	}
	sb_add(&b, "\a");
	return sb_take(&b);
}

bool ui_exec_copy(const char *text, struct strbuf *err)
{
	char *seq = ui_exec_osc52(text);
	size_t len = strlen(seq), off = 0;
	fflush(stdout);
	while (off < len) {
		ssize_t n = write(STDOUT_FILENO, seq + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			sb_addf(err, "cannot write to the terminal: %s", strerror(errno));
			free(seq);
			return false;
		}
		off += (size_t)n;
	}
	free(seq);
	return true;
}
