/* ingest-progress.c — what an ingest shows on a terminal: the progress bar of a long run (never
 * in a pipe), and names made safe to print. */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/* A run shorter than this shows no bar at all. */
#define PROGRESS_DELAY 1.0
/* Redraws no more often than this. */
#define PROGRESS_EVERY 0.1

/* Length of the valid UTF-8 character at P, 0 when the byte starts none. */
static size_t utf8_len(const unsigned char *p)
{
	size_t n = p[0] < 0x80 ? 1 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : (p[0] & 0xF0) == 0xE0 ? 3
		 : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

char *ingest_printable(const char *s)
{
	struct strbuf b = {0};
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		size_t n = utf8_len(p);
		/* controls, C1 controls (U+0080..U+009F) and bytes that are not UTF-8 */
		if (n == 0 || (n == 1 && (*p < 0x20 || *p == 0x7F)) ||
		    (n == 2 && p[0] == 0xC2 && p[1] <= 0x9F)) {
			sb_addc(&b, '?');
			p += n ? n : 1;
			continue;
		}
		sb_addn(&b, (const char *)p, n);
		p += n;
	}
	sb_addn(&b, "", 0);
	return sb_take(&b);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void ingest_progress_start(struct ingest_progress *p, bool enabled, size_t total)
{
	memset(p, 0, sizeof *p);
	p->enabled = enabled;
	p->total = total;
	p->start = now();
}

static int columns(void)
{
	struct winsize ws;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 80;
}

void ingest_progress_update(struct ingest_progress *p, size_t done, const char *name)
{
	double t;
	if (!p->enabled || p->total == 0)
		return;
	t = now();
	if (t - p->start < PROGRESS_DELAY || (p->shown && t - p->last < PROGRESS_EVERY))
		return;
	int width = columns(), bar = 20;
	int filled = (int)((double)bar * (double)done / (double)p->total);
	char counts[64];
	int clen = snprintf(counts, sizeof counts, " %zu/%zu files ", done, p->total);
	struct strbuf b = {0};
	sb_add(&b, "\r[");
	for (int i = 0; i < bar; i++)
		sb_addc(&b, i < filled ? '#' : '-');
	sb_addc(&b, ']');
	sb_add(&b, counts);
	/* The name fills what is left of the line, its end kept (the file name itself). */
	int room = width - 1 - (bar + 2) - clen;
	char *shown = ingest_printable(name ? name : "");
	int len = (int)strlen(shown);
	if (room > 4 && len > 0) {
		if (len > room) {
			sb_add(&b, "…");
			const char *tail = shown + len - (room - 1);
			while ((*tail & 0xC0) == 0x80) /* not inside a UTF-8 character */
				tail++;
			sb_add(&b, tail);
		} else {
			sb_add(&b, shown);
		}
	}
	free(shown);
	sb_add(&b, "\033[K");
	fputs(b.s, stderr);
	fflush(stderr);
	sb_free(&b);
	p->shown = true;
	p->last = t;
}

void ingest_progress_clear(struct ingest_progress *p)
{
	if (!p->shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = false;
}
