/* sqlite-faults.c — a VFS that fails the Nth write or sync, and an allocator that fails the
 * Nth allocation, both under SQLite (see sqlite-faults.h). */
#include "helpers/sqlite-faults.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* One armed fault: what fails, at which count, whether it keeps failing. */
struct fault {
	enum sqlite_fault kind; /* FAULT_NONE: disarmed */
	long at;                /* the operation that fails (1-based) */
	long seen;              /* operations of that kind since arming */
	bool sticky;            /* every operation from AT on fails */
	bool fired;             /* it has failed at least once */
};

static struct fault vfs_fault, mem_fault;

/* True when the operation being counted must fail. */
static bool fault_hit(struct fault *f)
{
	f->seen++;
	if (f->seen == f->at || (f->sticky && f->seen > f->at)) {
		f->fired = true;
		return true;
	}
	return false;
}

/* --- the VFS ------------------------------------------------------------------------------- */

/* An open file of the faulty VFS: the real file's handle follows this header. */
struct faulty_file {
	sqlite3_file base;   /* methods: the faulty ones */
	sqlite3_file *real;  /* the default VFS's file, allocated right after this struct */
};

static sqlite3_vfs *real_vfs;
static sqlite3_vfs faulty_vfs;
static sqlite3_io_methods faulty_methods[4]; /* one per iVersion of the real methods */

#define REAL(f) (((struct faulty_file *)(f))->real)

static int f_close(sqlite3_file *f)
{
	int rc = REAL(f)->pMethods ? REAL(f)->pMethods->xClose(REAL(f)) : SQLITE_OK;
	return rc;
}

static int f_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
	return REAL(f)->pMethods->xRead(REAL(f), buf, n, off);
}

static int f_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
	if ((vfs_fault.kind == FAULT_WRITE || vfs_fault.kind == FAULT_FULL) && fault_hit(&vfs_fault))
		return vfs_fault.kind == FAULT_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
	return REAL(f)->pMethods->xWrite(REAL(f), buf, n, off);
}

static int f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	return REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int f_sync(sqlite3_file *f, int flags)
{
	if (vfs_fault.kind == FAULT_SYNC && fault_hit(&vfs_fault))
		return SQLITE_IOERR_FSYNC;
	return REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int f_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int f_lock(sqlite3_file *f, int level)
{
	return REAL(f)->pMethods->xLock(REAL(f), level);
}

static int f_unlock(sqlite3_file *f, int level)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), level);
}

static int f_check_lock(sqlite3_file *f, int *out)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int f_control(sqlite3_file *f, int op, void *arg)
{
	return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int f_sector(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int f_caps(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int f_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **p)
{
	return REAL(f)->pMethods->xShmMap(REAL(f), page, size, extend, p);
}

static int f_shm_lock(sqlite3_file *f, int off, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}

static void f_shm_barrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int f_shm_unmap(sqlite3_file *f, int del)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}

static int f_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **p)
{
	return REAL(f)->pMethods->xFetch(REAL(f), off, n, p);
}

static int f_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
	return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

static int v_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out)
{
	struct faulty_file *ff = (struct faulty_file *)file;
	int rc, version;
	(void)vfs;
	ff->real = (sqlite3_file *)(ff + 1);
	memset(ff->real, 0, (size_t)real_vfs->szOsFile);
	file->pMethods = NULL;
	rc = real_vfs->xOpen(real_vfs, name, ff->real, flags, out);
	if (!ff->real->pMethods)
		return rc;
	/* the methods as versioned as the real file's, so SQLite asks only for what exists */
	version = ff->real->pMethods->iVersion;
	if (version > 3)
		version = 3;
	file->pMethods = &faulty_methods[version];
	return rc;
}

static int v_delete(sqlite3_vfs *vfs, const char *name, int sync)
{
	(void)vfs;
	return real_vfs->xDelete(real_vfs, name, sync);
}

static int v_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs;
	return real_vfs->xAccess(real_vfs, name, flags, out);
}

static int v_full_path(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	return real_vfs->xFullPathname(real_vfs, name, n, out);
}

static int v_random(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return real_vfs->xRandomness(real_vfs, n, out);
}

static int v_sleep(sqlite3_vfs *vfs, int us)
{
	(void)vfs;
	return real_vfs->xSleep(real_vfs, us);
}

static int v_time(sqlite3_vfs *vfs, double *out)
{
	(void)vfs;
	return real_vfs->xCurrentTime(real_vfs, out);
}

static int v_last_error(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return real_vfs->xGetLastError(real_vfs, n, out);
}

static int v_time64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
	(void)vfs;
	return real_vfs->xCurrentTimeInt64(real_vfs, out);
}

void fault_vfs_install(void)
{
	if (real_vfs)
		return;
	real_vfs = sqlite3_vfs_find(NULL);
	for (int v = 1; v <= 3; v++) {
		sqlite3_io_methods *m = &faulty_methods[v];
		*m = (sqlite3_io_methods){v, f_close, f_read, f_write, f_truncate, f_sync, f_size,
					  f_lock, f_unlock, f_check_lock, f_control, f_sector, f_caps,
					  NULL, NULL, NULL, NULL, NULL, NULL};
		if (v >= 2) {
			m->xShmMap = f_shm_map;
			m->xShmLock = f_shm_lock;
			m->xShmBarrier = f_shm_barrier;
			m->xShmUnmap = f_shm_unmap;
		}
		if (v >= 3) {
			m->xFetch = f_fetch;
			m->xUnfetch = f_unfetch;
		}
	}
	faulty_methods[0] = faulty_methods[1];
	faulty_vfs = (sqlite3_vfs){
		.iVersion = 2,
		.szOsFile = (int)sizeof(struct faulty_file) + real_vfs->szOsFile,
		.mxPathname = real_vfs->mxPathname,
		.zName = "faulty",
		.xOpen = v_open,
		.xDelete = v_delete,
		.xAccess = v_access,
		.xFullPathname = v_full_path,
		.xDlOpen = NULL,
		.xDlError = NULL,
		.xDlSym = NULL,
		.xDlClose = NULL,
		.xRandomness = v_random,
		.xSleep = v_sleep,
		.xCurrentTime = v_time,
		.xGetLastError = v_last_error,
		.xCurrentTimeInt64 = v_time64,
	};
	sqlite3_vfs_register(&faulty_vfs, 1);
}

void fault_vfs_arm(enum sqlite_fault kind, long n, bool sticky)
{
	vfs_fault = (struct fault){kind, n, 0, sticky, false};
}

void fault_vfs_disarm(void)
{
	vfs_fault.kind = FAULT_NONE;
}

bool fault_vfs_fired(void)
{
	return vfs_fault.fired;
}

/* --- the allocator ------------------------------------------------------------------------- */

static sqlite3_mem_methods real_mem;
static bool mem_armed;
static long mem_count;

static void *m_malloc(int n)
{
	mem_count++;
	if (mem_armed && fault_hit(&mem_fault))
		return NULL;
	return real_mem.xMalloc(n);
}

static void *m_realloc(void *p, int n)
{
	/* shrinking never fails; growing counts as an allocation */
	if (p && n <= real_mem.xSize(p))
		return real_mem.xRealloc(p, n);
	mem_count++;
	if (mem_armed && fault_hit(&mem_fault))
		return NULL;
	return real_mem.xRealloc(p, n);
}

bool fault_malloc_install(void)
{
	static sqlite3_mem_methods counting;
	if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem) != SQLITE_OK)
		return false;
	counting = real_mem;
	counting.xMalloc = m_malloc;
	counting.xRealloc = m_realloc;
	return sqlite3_config(SQLITE_CONFIG_MALLOC, &counting) == SQLITE_OK;
}

void fault_malloc_arm(long n, bool sticky)
{
	mem_fault = (struct fault){FAULT_NONE, n, 0, sticky, false};
	mem_armed = true;
	mem_count = 0;
}

void fault_malloc_disarm(void)
{
	mem_armed = false;
}

bool fault_malloc_fired(void)
{
	return mem_fault.fired;
}

long fault_malloc_count(void)
{
	return mem_count;
}
