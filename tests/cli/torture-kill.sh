#!/usr/bin/env bash
# torture-kill.sh — 20 SIGKILLs during an ingest (tests/torture/kill-ingest.sh; `make
# torture` runs 200).
exec "$(dirname "$0")/../torture/kill-ingest.sh" 20 sample
