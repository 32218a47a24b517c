/* store-process.c — how SQLite runs in this process: set once, before its first use. */
#include <sqlite3.h>

#include "store.h"

void store_process_setup(void)
{
	/* Each connection is used by one thread only (the reader has one thread; an ingest's
	 * main thread and its loader have a connection each): SQLite need not lock a connection
	 * around every call, which was a few percent of a reader's and of an ingest's time. */
	sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
	/* No memory statistics: they take a lock shared by every connection on each
	 * allocation, and nothing here reads them. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
