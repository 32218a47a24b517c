/* format-json.c — --format json: one array of paper objects, built and escaped by jansson. */
#include "format.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>

/* jansson refuses strings that are not UTF-8; a bad byte from a page must not lose the field. */
static json_t *json_text(const char *s)
{
	char *fixed = format_utf8_fix(s);
	json_t *j = json_string(fixed);
	free(fixed);
	return j ? j : json_null();
}

static json_t *field_json(const struct format_value *v)
{
	json_t *arr;

	if (v->null)
		return json_null();
	switch (v->type) {
	case FIELD_INTEGER:
		return json_integer(v->integer);
	case FIELD_NUMBER:
		/* Upvotes are counts: 128, not 128.0. */
		if (v->number == floor(v->number) && fabs(v->number) < 9007199254740992.0)
			return json_integer((json_int_t)v->number);
		return json_real(v->number);
	case FIELD_TEXT:
		return json_text(v->text);
	case FIELD_LIST:
		arr = json_array();
		for (size_t i = 0; i < v->nlist; i++)
			json_array_append_new(arr, json_text(v->list[i]));
		return arr;
	case FIELD_BOOL:
		return json_boolean(v->boolean);
	}
	return json_null();
}

void format_json_paper(FILE *f, const struct paper *p, bool first)
{
	struct format_fields pf;
	json_t *obj = json_object();
	char *text;

	format_fields_fill(&pf, p);
	for (int i = 0; i < FIELD_N; i++)
		json_object_set_new(obj, format_field_name((enum format_field)i), field_json(&pf.v[i]));
	format_fields_free(&pf);

	text = json_dumps(obj, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
	json_decref(obj);
	if (!text)
		return;
	/* Each object indented one level inside the array; jansson never puts a raw newline
	 * inside a string, so every newline here is a line of the layout. */
	fputs(first ? "\n  " : ",\n  ", f);
	for (const char *c = text; *c; c++) {
		fputc(*c, f);
		if (*c == '\n')
			fputs("  ", f);
	}
	free(text);
}
