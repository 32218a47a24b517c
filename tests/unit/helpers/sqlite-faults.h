/* sqlite-faults.h — faults injected under SQLite for the fault tests: a VFS over the default
 * one that fails the Nth write or sync (as an I/O error or a full disk), and an allocator
 * that fails SQLite's Nth allocation.
 *
 * Both count from when they are armed; a fault fires once at the Nth operation, or, when
 * STICKY, at the Nth and every one after it (a disk that has gone away, memory that stays
 * short). Disarmed they pass everything through. Not thread-safe: tests are single-threaded. */
#ifndef PB_TEST_SQLITE_FAULTS_H
#define PB_TEST_SQLITE_FAULTS_H

#include <stdbool.h>

enum sqlite_fault {
	FAULT_NONE,  /* nothing fails */
	FAULT_WRITE, /* xWrite returns SQLITE_IOERR_WRITE */
	FAULT_FULL,  /* xWrite returns SQLITE_FULL (no space left) */
	FAULT_SYNC,  /* xSync returns SQLITE_IOERR_FSYNC */
};

/* Makes the faulty VFS SQLite's default (every later sqlite3_open uses it). Idempotent. */
void fault_vfs_install(void);
/* Fails the Nth write (FAULT_WRITE, FAULT_FULL) or sync (FAULT_SYNC) from now on; N >= 1. */
void fault_vfs_arm(enum sqlite_fault kind, long n, bool sticky);
void fault_vfs_disarm(void);
/* Whether the armed fault has fired since fault_vfs_arm. */
bool fault_vfs_fired(void);

/* Puts the counting allocator under SQLite. Must run before SQLite is first used; false when
 * SQLite refuses (it was already initialised). */
bool fault_malloc_install(void);
/* Fails SQLite's Nth allocation (malloc or growing realloc) from now on; N >= 1. */
void fault_malloc_arm(long n, bool sticky);
void fault_malloc_disarm(void);
bool fault_malloc_fired(void);
/* Allocations SQLite asked for since the last arm (or install). */
long fault_malloc_count(void);

#endif
