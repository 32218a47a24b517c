/* main.c — the paperboat command: hands argv to the command line (cli.c) or the reader. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		puts("paperboat 0.1");
		return 0;
	}
	fprintf(stderr, "paperboat: nothing here yet\n");
	return 2;
}
