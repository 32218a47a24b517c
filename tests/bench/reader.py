"""reader.py — the reader's half of `make bench`: times, on a library of SIZE papers built by
pblib, what the reader does (pbread: the model's own calls), `paperboat list` of the same
queries, and the library's bytes per paper. run.py calls measure() and puts the figures in
its table and build/bench.json.

First draw is a cold process (a fresh pbread each run: open, model, first window) with a warm
page cache: dropping the cache needs root. Wall times on a shared machine include waits for a
core; pbread also reports the CPU time of each step, which the details keep."""
import json
import os
import statistics
import subprocess
import sys
import time

# The targets (ms, MB, bytes); None where the figure has none.
TARGETS = {
    "first_draw_ms": 100.0,
    "filter_p99_ms": 30.0,
    "facets_p99_ms": 150.0,
    "fts_p99_ms": 20.0,
    "list_cli_p99_ms": None,
    "rss_mb": 32.0,
    "bytes_per_paper": 4096.0,
}


def p99(values):
    v = sorted(values)
    return v[max(0, min(len(v) - 1, int(0.99 * len(v) + 0.999999) - 1))]


def run(cmd, env=None):
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit("bench: %s failed (%d):\n%s" % (" ".join(cmd), proc.returncode, proc.stderr[-2000:]))
    return proc.stdout


def probe_words(meta):
    """The word nearest a third of the papers and the rarest probe word."""
    probes = meta["probes"]
    common = min(probes, key=lambda p: abs(p[1] - 1 / 3))[0]
    rare = min(probes, key=lambda p: p[1])[0]
    return common, rare


def cli_queries(common, rare, inst, topic, year):
    """The scenarios as `paperboat list` queries (what the reader's filter text says)."""
    return {
        "common_word": common,
        "rare_word": rare,
        "institution_score": 'inst:"%s" score:5..50' % inst,
        "topic_year": "topic:%s year:%s" % (topic, year),
        "negations": "-%s -topic:%s" % (common, topic),
        "everything": "",
    }


def measure(pb, pbread, db, meta_path, env, runs=30, draws=20, cli_runs=10, rows=50):
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)
    common, rare = probe_words(meta)
    inst, topic, year = meta["institution"], meta["topic"], "2025"
    print("bench: reader on %s papers: common word %r, rare word %r, %s, %s" % (
        "{:,}".format(meta["papers"]), common, rare, inst, topic), file=sys.stderr)

    run([pbread, "--db", db, "--first-draw"])  # the library's migrations, if any, and a warm cache
    draws_ms = [float(run([pbread, "--db", db, "--first-draw", "--rows", str(rows)])) for _ in range(draws)]
    draw_procs = []
    for _ in range(5):  # the whole process, exec to exit, for comparison
        start = time.perf_counter()
        run([pbread, "--db", db, "--first-draw", "--rows", str(rows)])
        draw_procs.append((time.perf_counter() - start) * 1e3)

    model = json.loads(run([pbread, "--db", db, "--runs", str(runs), "--rows", str(rows), "--common", common,
                            "--rare", rare, "--inst", inst, "--topic", topic, "--year", year]))
    sc = model["scenarios"]

    cli = {}
    for name, query in cli_queries(common, rare, inst, topic, year).items():
        times = []
        for _ in range(cli_runs):
            start = time.perf_counter()
            run([pb, "--db", db, "list"] + ([query] if query else []) + ["--limit", str(rows), "--format", "tsv"],
                env=env)
            times.append((time.perf_counter() - start) * 1e3)
        cli[name] = {"p50": statistics.median(times), "p99": p99(times)}

    size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
    lists = [v["list_p99"] for k, v in sc.items() if "list_p99" in v]
    result = {
        "first_draw_ms": p99(draws_ms),
        "filter_p99_ms": max(lists),
        "facets_p99_ms": max(v["facets_p99"] for v in sc.values() if "facets_p99" in v),
        "fts_p99_ms": max(v["list_p99"] for v in sc.values() if v.get("fts")),
        "list_cli_p99_ms": max(v["p99"] for v in cli.values()),
        "rss_mb": model["rss_mb"],
        "bytes_per_paper": size / meta["papers"],
    }
    details = {
        "library": {"papers": meta["papers"], "build_seconds": meta.get("seconds"), "bytes": size,
                    "common_word": common, "rare_word": rare, "institution": inst, "topic": topic,
                    "year": year, "rows_on_screen": rows},
        "first_draw_p50_ms": statistics.median(draws_ms),
        "first_draw_process_p50_ms": statistics.median(draw_procs),
        "model": model,
        "list_cli": cli,
    }
    return result, details


def rows(result, details):
    """Extra lines for run.py's table: each scenario's p99 (wall, CPU) and the cancel latency."""
    out = []
    sc = details["model"]["scenarios"]
    for name, v in sc.items():
        if "facets_p99" in v:
            out.append(("  %s: list / counts p99 (ms)" % name,
                        "%.1f / %.1f" % (v["list_p99"], v["facets_p99"]),
                        "CPU %.1f / %.1f" % (v["list_cpu_p99"], v["facets_cpu_p99"]), "-"))
        else:
            out.append(("  %s p99 (ms)" % name, "%.1f" % v["list_p99"], "-", "-"))
    out.append(("  a key stops the counts within (ms, p99)", "%.1f" % details["model"]["cancel_p99"], "-", "-"))
    ix = details["model"].get("index")
    if ix:
        out.append(("  facet index: built once when idle (ms; longest step; MB)",
                    "%.1f; %.1f; %.1f" % (ix["ms"], ix["step_max"], ix["mb"]), "CPU %.1f" % ix["cpu_ms"], "-"))
    return out


def main(argv):
    """Standalone: the reader's half on an existing library (e.g. one built by pblib)."""
    import argparse
    ap = argparse.ArgumentParser(description="the reader's figures on a pblib library")
    ap.add_argument("--pb", required=True)
    ap.add_argument("--pbread", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--meta", required=True, help="what pblib printed (JSON)")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    home = os.path.join(os.path.dirname(os.path.abspath(args.db)), "reader-home")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, LC_ALL="C.UTF-8")
    result, details = measure(args.pb, args.pbread, args.db, args.meta, env, runs=args.runs)
    for key, value in result.items():
        target = TARGETS.get(key)
        print("%-18s %10.1f   %s" % (key, value, "target <= %g, ratio %.2f" % (target, target / value)
                                     if target and value else ""))
    for r in rows(result, details):
        print("%-45s %15s %20s" % r[:3])
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({"result": result, "details": details}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
