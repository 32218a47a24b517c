# paperboat — build, run, test, install.
#
# Variables you may set:
#   PREFIX, DESTDIR, BINDIR, MANDIR, DATADIR   install locations (PREFIX=/usr/local)
#   CC, CFLAGS, LDFLAGS                        compiler and extra flags
#   DB                                         library used by `make run` (default: the user's)
#   SAMPLE                                     pages `make run` loads (the bundled real pages)
#   V=1                                        show every compiler command

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/paperboat
COMPDIR ?= $(PREFIX)/share/bash-completion/completions

CC      ?= cc
CFLAGS  ?= -O2 -g
PKGS     = ncursesw libxml-2.0 sqlite3 jansson zlib libcrypto
# -pthread: an ingest reads the next files in a thread of its own (src/ingest-loader.c)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -pthread
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -pthread
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wformat=2
PB_VERSION = 0.1.0
DEFS     = -D_GNU_SOURCE -DPB_VERSION='"$(PB_VERSION)"' -DPB_DATADIR='"$(DATADIR)"'
ALL_CFLAGS = $(WARN) $(DEFS) $(PKG_CFLAGS) -Isrc -Iui $(CFLAGS)

# The test build: AddressSanitizer and UBSan, every warning an error.
SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

# Debian packages the build, the tests and `make run` need (installed when missing).
DEB_BUILD = gcc make pkg-config libncurses-dev libxml2-dev libsqlite3-dev libjansson-dev zlib1g-dev libssl-dev
DEB_TEST  = libcmocka-dev tmux groff-base man-db perl sqlite3 ncurses-term jq

Q = $(if $(V),,@)
SRC      = $(sort $(wildcard src/*.c) $(wildcard ui/*.c))
LIB_SRC  = $(filter-out src/main.c,$(SRC))
HDRS     = $(wildcard src/*.h ui/*.h)
OBJ      = $(SRC:%.c=build/rel/%.o)
SAN_OBJ  = $(SRC:%.c=build/asan/%.o)
SAN_LIB  = $(LIB_SRC:%.c=build/asan/%.o)
UNIT_SRC = $(sort $(wildcard tests/unit/test-*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/asan/tests/%)
TOOL_SRC = $(sort $(wildcard tests/tools/*.c))
TOOL_BIN = $(TOOL_SRC:tests/tools/%.c=build/asan/tools/%)
TEST_HELPERS = $(wildcard tests/unit/helpers/*.c)
SHELL_TESTS = $(sort $(wildcard tests/cli/*.sh tests/tui/*.sh))

.PHONY: all deps run test check-build install uninstall clean

all: paperboat

paperboat: $(OBJ)
	@echo "  LINK    $@"
	$(Q)$(CC) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS) -lm

build/rel/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/asan/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	@echo "  CC      $< (sanitizers)"
	$(Q)$(CC) $(WARN) $(DEFS) $(PKG_CFLAGS) -Isrc -Iui $(SAN_FLAGS) -c -o $@ $<

build/asan/paperboat: $(SAN_OBJ)
	@echo "  LINK    $@"
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $(SAN_OBJ) $(PKG_LIBS) -lm

build/asan/tests/%: tests/unit/%.c $(SAN_LIB) $(TEST_HELPERS) $(HDRS) $(wildcard tests/unit/*.h)
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	$(Q)$(CC) $(WARN) $(DEFS) $(PKG_CFLAGS) -Isrc -Iui -Itests/unit $(SAN_FLAGS) -o $@ $< \
		$(TEST_HELPERS) $(SAN_LIB) $(PKG_LIBS) -lcmocka -lm

# Small programs the shell tests use (e.g. to build a library through the C API).
build/asan/tools/%: tests/tools/%.c $(SAN_LIB) $(TEST_HELPERS) $(HDRS) $(wildcard tests/unit/*.h)
	@mkdir -p $(dir $@)
	@echo "  TOOL    $@"
	$(Q)$(CC) $(WARN) $(DEFS) $(PKG_CFLAGS) -Isrc -Iui -Itests/unit $(SAN_FLAGS) -o $@ $< \
		$(TEST_HELPERS) $(SAN_LIB) $(PKG_LIBS) -lm

# Installs the Debian packages that are missing (needs root, or sudo).
deps:
	@missing=""; for p in $(DEB_BUILD) $(DEB_TEST) $(DEB_MORE); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "make: installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; \
		elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
		else echo "make: need root to install:$$missing" >&2; exit 1; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	fi

# The bundled sample: the real saved pages and text dumps of tests/corpus (their provenance is
# in tests/corpus/real/PROVENANCE.md and tests/corpus/seeds/README.md), without the pages kept
# there because they are not paper pages.
SAMPLE ?= $(foreach f,$(sort $(wildcard tests/corpus/real/*/*.html)),$(if $(findstring /negative-,$f),,$f)) \
	$(sort $(wildcard tests/corpus/seeds/*.txt))
PB_RUN = ./paperboat $(if $(DB),--db $(DB))

# Fills the library (the user's own unless DB is set; unchanged pages are skipped, so running
# it again is harmless) and opens the reader; without a terminal it prints what came in.
run: deps
	@$(MAKE) --no-print-directory paperboat
	$(PB_RUN) ingest --quiet $(SAMPLE)
	@if [ -t 0 ] && [ -t 1 ]; then echo "$(PB_RUN)"; $(PB_RUN); \
	else $(PB_RUN) stats && $(PB_RUN) list --limit 20; fi

test: deps
	@$(MAKE) --no-print-directory -j2 check-build
	@PAPERBOAT=$(CURDIR)/build/asan/paperboat PB_TOOLS=$(CURDIR)/build/asan/tools PB_TOP=$(CURDIR) CMOCKA_MESSAGE_OUTPUT=TAP \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
		prove -j2 -e '' $(UNIT_BIN) $(SHELL_TESTS)

check-build: build/asan/paperboat $(UNIT_BIN) $(TOOL_BIN) paperboat

install: paperboat
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)/themes
	install -m 755 paperboat $(DESTDIR)$(BINDIR)/paperboat
	install -m 644 man/paperboat.1 $(DESTDIR)$(MANDIR)/man1/paperboat.1
	for t in themes/*.theme; do [ -e "$$t" ] && install -m 644 "$$t" $(DESTDIR)$(DATADIR)/themes/; done; true
	if [ -f src/paperboat.bash-completion ]; then install -d $(DESTDIR)$(COMPDIR) && \
		install -m 644 src/paperboat.bash-completion $(DESTDIR)$(COMPDIR)/paperboat; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/paperboat $(DESTDIR)$(MANDIR)/man1/paperboat.1 $(DESTDIR)$(COMPDIR)/paperboat
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build paperboat

# ---- make bench: ingest speed and the reader on a generated library (tests/bench/README.md) ----
# Not part of `make test`. SIZE papers (default 1,000,000), SEED picks the corpus; the corpus
# is generated once into build/bench/corpus-SIZE-SEED and reused while pbgen, its lists and
# templates are unchanged.
# BENCH_ARGS go to tests/bench/run.py (e.g. "--bs4-runs 3 --verify").
SIZE ?= 1000000
SEED ?= 1
BENCH_ARGS ?=
DEB_BENCH    = python3 python3-bs4 python3-lxml
BENCH_DIR    = build/bench
BENCH_CORPUS = $(BENCH_DIR)/corpus-$(SIZE)-$(SEED)
BENCH_GEN    = $(BENCH_DIR)/pbgen
BENCH_BASE   = $(BENCH_DIR)/parse-baseline
BENCH_PAGES  = $(BENCH_DIR)/page-extract
BENCH_LIB    = $(filter-out build/rel/src/main.o,$(OBJ))
BENCH_FLAGS  = $(WARN) -D_GNU_SOURCE -O2 -g

.PHONY: bench bench-corpus bench-library

bench:
	@$(MAKE) --no-print-directory deps DEB_MORE="$(DEB_BENCH)"
	@$(MAKE) --no-print-directory paperboat $(BENCH_GEN) $(BENCH_BASE) $(BENCH_PAGES) $(BENCH_LIBGEN) $(BENCH_READ)
	@# the corpus and the library are made side by side (one core each): neither is timed
	@$(MAKE) --no-print-directory -j2 bench-corpus bench-library
	/usr/bin/python3 tests/bench/run.py --corpus $(BENCH_CORPUS) --pb ./paperboat \
		--baseline $(BENCH_BASE) --extract $(BENCH_PAGES) --out build/bench.json \
		--library $(BENCH_LIBRARY) --library-meta $(BENCH_LIBRARY).json --pbread $(BENCH_READ) $(BENCH_ARGS)

bench-corpus: $(BENCH_CORPUS)/manifest.json

$(BENCH_CORPUS)/manifest.json: $(BENCH_GEN) $(wildcard tests/bench/data/*.txt tests/bench/templates/*.tpl)
	@echo "  GEN     $(BENCH_CORPUS) ($(SIZE) papers)"
	$(Q)rm -rf $(BENCH_CORPUS) && mkdir -p $(BENCH_CORPUS)
	$(Q)start=$$(date +%s.%N); \
		$(BENCH_GEN) --size $(SIZE) --seed $(SEED) --out $(BENCH_CORPUS) && \
		echo "$$start $$(date +%s.%N)" | awk '{ printf "%.2f\n", $$2 - $$1 }' > $(BENCH_CORPUS)/generate-seconds
	@echo "  GEN     done in $$(cat $(BENCH_CORPUS)/generate-seconds) s: $$(du -sh $(BENCH_CORPUS) | cut -f1)"

$(BENCH_GEN): $(wildcard tests/bench/gen*.c tests/bench/gen*.h)
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	$(Q)$(CC) $(BENCH_FLAGS) -o $@ $(filter %.c,$^) -lm

$(BENCH_BASE): tests/bench/parse-baseline.c
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	$(Q)$(CC) $(BENCH_FLAGS) $(shell pkg-config --cflags libxml-2.0) -o $@ $< $(shell pkg-config --libs libxml-2.0)

# The adapters alone (parse + extract, no store), built like the release binary.
$(BENCH_PAGES): tests/tools/page-extract.c $(TEST_HELPERS) $(BENCH_LIB)
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(TEST_HELPERS) $(BENCH_LIB) $(PKG_LIBS) -lm

# The reader's side: a library of SIZE papers built through the store's write path (pblib),
# and the reader's code paths timed on it (pbread).
BENCH_LIBGEN = $(BENCH_DIR)/pblib
BENCH_READ   = $(BENCH_DIR)/pbread
BENCH_GENLIB = $(addprefix tests/bench/,gen-rand.c gen-lists.c gen-shape.c gen-paper.c gen-util.c gen-out.c)

$(BENCH_LIBGEN): tests/bench/bench-library.c $(BENCH_GENLIB) $(BENCH_LIB)
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/bench -o $@ $(filter %.c,$^) $(BENCH_LIB) $(PKG_LIBS) -lm

# The library is built once per SIZE and SEED, and again when what it holds could change: the
# generator, its lists, or the store's write path and schema.
BENCH_LIBRARY = $(BENCH_DIR)/library-$(SIZE)-$(SEED).db
BENCH_WRITES  = tests/bench/bench-library.c $(BENCH_GENLIB) $(wildcard tests/bench/data/*.txt) \
	src/store.c src/store-schema.c src/store-derived.c src/store-namecache.c \
	$(wildcard src/store-paper*.c src/store-names.c src/store-merge.c) \
	src/ingest-paper.c
bench-library: $(BENCH_LIBRARY).json

$(BENCH_LIBRARY).json: $(BENCH_WRITES) | $(BENCH_LIBGEN)
	@echo "  LIB     $(BENCH_LIBRARY) ($(SIZE) papers)"
	$(Q)rm -f $@ && $(BENCH_LIBGEN) --size $(SIZE) --seed $(SEED) --db $(BENCH_LIBRARY) > $@.tmp && mv $@.tmp $@

$(BENCH_READ): tests/bench/bench-reader.c $(BENCH_LIB)
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(BENCH_LIB) $(PKG_LIBS) -lm

# The generator's own test (tests/cli/bench-corpus.sh) runs in `make test`: build it there too,
# and the reader's bench programs, so that a change of the store's API shows there.
check-build: $(BENCH_GEN) $(BENCH_LIBGEN) $(BENCH_READ)

# ---- Fuzzing: libFuzzer targets (clang, ASan + UBSan), tests/fuzz/README.md ----
# `make fuzz` runs every target for FUZZ_SECONDS (default 180) each, one after the other, and
# prints a table of runs and crashes; `make test` runs each for a few seconds
# (tests/cli/fuzz-short.sh) and replays tests/fuzz/regressions/. The src/ and ui/ objects are
# built again with clang into build/fuzz/; warnings are shown but not fatal there, as the
# release and test builds (gcc) already make them errors.
FUZZ_SECONDS ?= 180
DEB_FUZZ   = clang-14 libclang-rt-14-dev
DEB_TEST  += $(DEB_FUZZ)
FUZZ_CC    = clang-14
FUZZ_FLAGS = -O1 -g -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_CFLAGS = $(filter-out -Werror,$(WARN)) $(DEFS) $(PKG_CFLAGS) -Isrc -Iui $(FUZZ_FLAGS)
FUZZ_SRC   = $(sort $(wildcard tests/fuzz/fuzz-*.c))
FUZZ_BIN   = $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
FUZZ_LIB   = $(LIB_SRC:%.c=build/fuzz/%.o)
FUZZ_HELPERS = $(wildcard tests/fuzz/helpers/*.c)

.PHONY: fuzz fuzz-build

fuzz: deps
	@$(MAKE) --no-print-directory fuzz-build
	@tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BIN)

fuzz-build: $(FUZZ_BIN)
.SECONDARY: $(FUZZ_LIB)
check-build: fuzz-build

build/fuzz/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	@echo "  CC      $< (fuzz)"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

build/fuzz/fuzz-%: tests/fuzz/fuzz-%.c $(FUZZ_LIB) $(FUZZ_HELPERS) $(HDRS) $(wildcard tests/fuzz/helpers/*.h)
	@mkdir -p $(dir $@)
	@echo "  FUZZ    $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -Itests/fuzz/helpers -fsanitize=fuzzer,address,undefined -o $@ $< \
		$(FUZZ_HELPERS) $(FUZZ_LIB) $(PKG_LIBS) -lm

# ---- make torture: crash and fault scenarios at length (tests/torture/run.sh) ----
# Not part of `make test`, which runs short versions (tests/cli/torture-*.sh, store-*.sh and
# the store-faults and store-oom unit tests). Prints a table of scenario, runs and failures.
.PHONY: torture

torture: deps
	@$(MAKE) --no-print-directory check-build
	@tests/torture/run.sh
