/* main.c — the paperboat command: sets the locale and SQLite's threading, and hands over to
 * the command line. */
#include <locale.h>

#include "cli.h"
#include "store.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	store_process_setup();
	return cli_main(argc, argv);
}
