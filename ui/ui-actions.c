/* ui-actions.c — the action table expanded into lookups by id and by config name. */
#include "ui-actions.h"

#include <string.h>

struct action_info {
	const char *name;           /* config name */
	const char *keys;           /* default keys */
	const char *help;           /* help screen text */
	enum ui_action_group group; /* help screen section */
};

static const struct action_info actions[ACT_COUNT] = {
	[ACT_NONE] = {NULL, "", "", GROUP_VIEW},
#define UI_ACTION_INFO(id, grp, nm, ks, hl) [ACT_##id] = {nm, ks, hl, GROUP_##grp},
	UI_ACTIONS(UI_ACTION_INFO)
#undef UI_ACTION_INFO
};

static const char *const group_titles[GROUP_COUNT] = {
	[GROUP_MOVE] = "Moving",
	[GROUP_VIEW] = "Views",
	[GROUP_FILTER] = "Filtering",
	[GROUP_PAPER] = "Your papers",
	[GROUP_OUT] = "Out",
};

const char *ui_action_name(enum ui_action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? actions[a].name : NULL;
}

const char *ui_action_help(enum ui_action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? actions[a].help : "";
}

const char *ui_action_default_keys(enum ui_action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? actions[a].keys : "";
}

enum ui_action_group ui_action_group(enum ui_action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? actions[a].group : GROUP_VIEW;
}

const char *ui_action_group_title(enum ui_action_group g)
{
	return g < GROUP_COUNT ? group_titles[g] : "";
}

enum ui_action ui_action_from_name(const char *name)
{
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++)
		if (strcmp(actions[a].name, name) == 0)
			return (enum ui_action)a;
	return ACT_NONE;
}
