#!/usr/bin/env bash
# torture-kill-new.sh — 8 SIGKILLs during the ingest that creates a library
# (tests/torture/kill-ingest.sh; `make torture` runs 30).
exec "$(dirname "$0")/../torture/kill-ingest.sh" 8 new
