/* ingest-config.c — the config lines the ingester owns (`alias`, `topic`), read for ingest and
 * retopic. */
#include "ingest.h"

#include <stdlib.h>

void ingest_config_load(struct institutions *in, struct topic_rules *rules, FILE *err)
{
	struct config_handler handlers[2];
	struct strlist msgs = {0};
	size_t n = 0;
	char *path = config_default_path();

	if (in)
		handlers[n++] = (struct config_handler){"alias", institutions_config_alias, in};
	if (rules)
		handlers[n++] = (struct config_handler){"topic", topic_rules_config, rules};
	config_load(path, handlers, n, &msgs);
	for (size_t i = 0; i < msgs.n; i++) {
		char *shown = ingest_printable(msgs.v[i]);
		fprintf(err, "paperboat: %s\n", shown);
		free(shown);
	}
	strlist_free(&msgs);
	free(path);
}
