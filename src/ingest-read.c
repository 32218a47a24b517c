/* ingest-read.c — reads one input whole under a size cap, gunzips it, hashes what was read. */
#include "ingest-input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define MIB(n) ((n) >> 20)

void ingest_input_free(struct ingest_input *in)
{
	free(in->data);
	memset(in, 0, sizeof *in);
}

bool ingest_gunzip(const char *data, size_t len, const char *name, char **out, size_t *outlen,
		   struct strbuf *err)
{
	z_stream z = {0};
	size_t cap = len * 4 + 4096, used = 0;
	char *buf = NULL;
	int rc;

	if (cap > INGEST_MAX_BYTES + 1)
		cap = INGEST_MAX_BYTES + 1;
	/* 15 + 32: zlib or gzip, detected from the header. */
	if (inflateInit2(&z, 15 + 32) != Z_OK) {
		sb_addf(err, "%s: cannot decompress: %s", name, z.msg ? z.msg : "zlib failed");
		return false;
	}
	buf = xmalloc(cap + 1);
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	for (;;) {
		if (used == cap) {
			if (cap > INGEST_MAX_BYTES) {
				sb_addf(err, "%s: larger than %zu MiB once decompressed; refused", name,
					MIB(INGEST_MAX_BYTES));
				goto fail;
			}
			cap = cap * 2 > INGEST_MAX_BYTES + 1 ? INGEST_MAX_BYTES + 1 : cap * 2;
			buf = xrealloc(buf, cap + 1);
		}
		z.next_out = (Bytef *)buf + used;
		z.avail_out = (uInt)(cap - used);
		rc = inflate(&z, Z_NO_FLUSH);
		used = cap - z.avail_out;
		if (rc == Z_STREAM_END) {
			/* Concatenated members ("cat a.gz b.gz") continue; trailing junk is ignored. */
			if (z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
				inflateReset(&z);
				continue;
			}
			break;
		}
		if (rc == Z_BUF_ERROR && z.avail_in == 0) {
			sb_addf(err, "%s: the gzip data ends early (a cut download?)", name);
			goto fail;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			sb_addf(err, "%s: damaged gzip data (%s)", name, z.msg ? z.msg : "inflate failed");
			goto fail;
		}
	}
	if (used > INGEST_MAX_BYTES) {
		sb_addf(err, "%s: larger than %zu MiB once decompressed; refused", name,
			MIB(INGEST_MAX_BYTES));
		goto fail;
	}
	inflateEnd(&z);
	buf[used] = '\0';
	*out = buf;
	*outlen = used;
	return true;
fail:
	inflateEnd(&z);
	free(buf);
	return false;
}

bool ingest_read_fd(int fd, const char *name, struct ingest_input *in, struct strbuf *err)
{
	struct stat st;
	size_t cap = 1 << 16, len = 0;
	char *buf;

	/* a regular file's size is known: read it into one buffer of that size (the loop
	 * still reads until the end, should the file have grown) */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (unsigned long long)st.st_size <= INGEST_MAX_BYTES)
		cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap + 1);

	memset(in, 0, sizeof *in);
	for (;;) {
		ssize_t n;
		if (len == cap) {
			if (cap > INGEST_MAX_BYTES) {
				sb_addf(err, "%s: larger than %zu MiB; refused", name, MIB(INGEST_MAX_BYTES));
				goto fail;
			}
			cap = cap * 2 > INGEST_MAX_BYTES + 1 ? INGEST_MAX_BYTES + 1 : cap * 2;
			buf = xrealloc(buf, cap + 1);
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			sb_addf(err, "%s: cannot read: %s", name, strerror(errno));
			goto fail;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > INGEST_MAX_BYTES) {
		sb_addf(err, "%s: larger than %zu MiB; refused", name, MIB(INGEST_MAX_BYTES));
		goto fail;
	}
	buf[len] = '\0';
	sha256_hex(buf, len, in->hash);
	if (len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b) {
		char *plain;
		size_t plen;
		if (!ingest_gunzip(buf, len, name, &plain, &plen, err))
			goto fail;
		free(buf);
		buf = plain;
		len = plen;
		in->gzipped = true;
	} else if (str_ends(name, ".gz")) {
		sb_addf(err, "%s: not gzip data", name);
		goto fail;
	}
	in->data = buf;
	in->len = len;
	in->mtime = time(NULL);
	return true;
fail:
	free(buf);
	return false;
}

bool ingest_read(const char *path, struct ingest_input *in, struct strbuf *err)
{
	struct stat sb;
	int fd;
	bool ok;

	if (strcmp(path, "-") == 0)
		return ingest_read_fd(STDIN_FILENO, "-", in, err);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		sb_addf(err, "%s: cannot open: %s", path, strerror(errno));
		return false;
	}
	if (fstat(fd, &sb) != 0) {
		sb_addf(err, "%s: %s", path, strerror(errno));
		close(fd);
		return false;
	}
	if (S_ISDIR(sb.st_mode)) {
		sb_addf(err, "%s: is a directory", path);
		close(fd);
		return false;
	}
	/* Refuse a big regular file before reading a byte of it. */
	if (S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size > INGEST_MAX_BYTES) {
		sb_addf(err, "%s: larger than %zu MiB; refused", path, MIB(INGEST_MAX_BYTES));
		close(fd);
		return false;
	}
	ok = ingest_read_fd(fd, path, in, err);
	close(fd);
	if (ok)
		in->mtime = sb.st_mtime;
	return ok;
}
