/* ui-tables.c — `ui-tables`: prints the reader's tables as the code holds them (every action
 * with its default keys, the config commands and `set` names, the theme elements), one a
 * line, tab-separated, so that tests can hold the man page and README to them:
 *
 *   action  NAME  KEYS (blank-separated, as `bind` takes them)  HELP
 *   command NAME
 *   setting NAME
 *   element NAME  HELP
 */
#include <stdio.h>

#include "config.h"
#include "ui-actions.h"
#include "ui-config.h"
#include "ui-theme.h"

int main(void)
{
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++)
		printf("action\t%s\t%s\t%s\n", ui_action_name((enum ui_action)a),
		       ui_action_default_keys((enum ui_action)a), ui_action_help((enum ui_action)a));
	for (int i = 0; config_commands[i]; i++)
		printf("command\t%s\n", config_commands[i]);
	for (int i = 0; ui_config_settings[i]; i++)
		printf("setting\t%s\n", ui_config_settings[i]);
	for (int e = 0; e < UI_EL_COUNT; e++)
		printf("element\t%s\t%s\n", ui_element_name((enum ui_element)e),
		       ui_element_help((enum ui_element)e));
	return 0;
}
