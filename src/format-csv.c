/* format-csv.c — --format csv: RFC 4180 with a header of the json field names, CRLF line ends,
 * lists joined by "; ", unknown values as empty fields, control characters left out. */
#include "format.h"

#include <stdlib.h>
#include <string.h>

/* S made safe for a terminal line by line: CSV keeps newlines inside a field, but an escape
 * sequence from a page must not reach whoever views the file with cat. */
static char *csv_safe(const char *s)
{
	struct strbuf b = {0};
	sb_addn(&b, "", 0);
	for (;;) {
		const char *nl = strchr(s, '\n');
		char *line = nl ? xstrndup(s, (size_t)(nl - s)) : xstrdup(s);
		char *safe = format_safe_text(line);
		sb_add(&b, safe);
		free(safe);
		free(line);
		if (!nl)
			break;
		sb_addc(&b, '\n');
		s = nl + 1;
	}
	return sb_take(&b);
}

void format_csv_field(struct strbuf *b, const char *s)
{
	char *fixed = csv_safe(s ? s : "");

	if (strpbrk(fixed, ",\"\r\n")) {
		sb_addc(b, '"');
		for (const char *c = fixed; *c; c++) {
			if (*c == '"')
				sb_addc(b, '"');
			sb_addc(b, *c);
		}
		sb_addc(b, '"');
	} else {
		sb_add(b, fixed);
	}
	free(fixed);
}

void format_csv_header(FILE *f)
{
	for (int i = 0; i < FIELD_N; i++) {
		if (i)
			fputc(',', f);
		fputs(format_field_name((enum format_field)i), f);
	}
	fputs("\r\n", f);
}

static void add_value(struct strbuf *b, const struct format_value *v)
{
	struct strbuf joined = {0};
	char num[32];

	if (v->null)
		return;
	switch (v->type) {
	case FIELD_INTEGER:
		sb_addf(b, "%lld", v->integer);
		break;
	case FIELD_NUMBER:
		format_number(v->number, num);
		sb_add(b, num);
		break;
	case FIELD_TEXT:
		format_csv_field(b, v->text);
		break;
	case FIELD_LIST:
		for (size_t i = 0; i < v->nlist; i++) {
			if (i)
				sb_add(&joined, "; ");
			sb_add(&joined, v->list[i]);
		}
		format_csv_field(b, joined.s);
		sb_free(&joined);
		break;
	case FIELD_BOOL:
		sb_add(b, v->boolean ? "true" : "false");
		break;
	}
}

void format_csv_paper(FILE *f, const struct paper *p)
{
	struct format_fields pf;
	struct strbuf line = {0};

	format_fields_fill(&pf, p);
	for (int i = 0; i < FIELD_N; i++) {
		if (i)
			sb_addc(&line, ',');
		add_value(&line, &pf.v[i]);
	}
	format_fields_free(&pf);
	sb_add(&line, "\r\n");
	fwrite(line.s, 1, line.len, f);
	sb_free(&line);
}
