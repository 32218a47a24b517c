#!/usr/bin/env bash
# torture-parallel.sh — one round of two ingests at once with tag edits
# (tests/torture/parallel.sh; `make torture` runs more).
exec "$(dirname "$0")/../torture/parallel.sh" 1 800
