#!/usr/bin/python3
"""run.py — the driver of `make bench`: measures ingest speed on a sample of the generated
corpus against the libxml2 baseline and the bs4 scraper, prints one table and writes
build/bench.json. Figures it cannot measure yet are null in the JSON and "not measured yet" in
the table.

    run.py --corpus DIR --pb PAPERBOAT --baseline PARSE_BASELINE [--out FILE]
           [--sample-mb 200] [--runs 3] [--bs4-runs 1] [--verify]

The corpus is pbgen's output (manifest.json, pages.tsv, pages/NNN/). The sample is the first
pages/NNN directories that together reach --sample-mb; all three readers get the same sample,
the page cache warmed first, runs interleaved, and the median run counts. --verify also
ingests the whole corpus and checks that the library holds exactly the papers generated."""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import reader

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"  # Debian's, with python3-bs4 and python3-lxml

# The targets of the issue; None where none is set yet.
TARGETS = {
    "ingest_vs_libxml2": 0.60,
    "ingest_vs_bs4": 20.0,
}


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--pb", required=True, help="the paperboat binary")
    ap.add_argument("--baseline", required=True, help="the parse-baseline binary")
    ap.add_argument("--extract", help="page-extract built for release: the adapters without the store")
    ap.add_argument("--out", default="build/bench.json")
    ap.add_argument("--sample-mb", type=float, default=200)
    ap.add_argument("--runs", type=int, default=3)
    # bs4 reads ~3 MB/s: one run over the sample takes a minute or two, and its spread is far
    # smaller than the factor of 20 it is compared against.
    ap.add_argument("--bs4-runs", type=int, default=1)
    ap.add_argument("--verify", action="store_true")
    ap.add_argument("--library", help="a library of SIZE papers built by pblib (the reader's half)")
    ap.add_argument("--library-meta", help="what pblib printed about it (JSON)")
    ap.add_argument("--pbread", help="the reader benchmark program")
    return ap.parse_args(argv)


def pages_by_dir(corpus):
    """{dir: [bytes, records]} from pages.tsv, in directory order."""
    sizes = {}
    with open(os.path.join(corpus, "pages.tsv"), encoding="utf-8") as f:
        for line in f:
            path, _kind, size, records = line.split("\t")[:4]
            d = sizes.setdefault(os.path.dirname(path), [0, 0])
            d[0] += int(size)
            d[1] += int(records)
    return dict(sorted(sizes.items()))


def pick_sample(corpus, sample_mb):
    """The first directories whose pages reach SAMPLE_MB (or all of them): their paths, bytes
    and the records the generator put on them."""
    dirs, total, records = [], 0, 0
    for d, (size, n) in pages_by_dir(corpus).items():
        if total >= sample_mb * 1e6:
            break
        dirs.append(os.path.join(corpus, d))
        total += size
        records += n
    return dirs, total, records


def warm(dirs):
    """Reads every page once so that all three readers start from a warm page cache."""
    for d in dirs:
        for name in os.listdir(d):
            with open(os.path.join(d, name), "rb") as f:
                while f.read(1 << 20):
                    pass


def env_for(home):
    """An environment where paperboat sees no user library or configuration."""
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CONFIG_HOME=os.path.join(home, "config"), LC_ALL="C.UTF-8")
    env.pop("PAPERBOAT_DB", None)
    return env


def timed(cmd, env=None):
    """Runs CMD; returns (seconds, stdout). A failing command stops the benchmark."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit("bench: %s failed (%d):\n%s" % (cmd[0], proc.returncode, proc.stderr[-2000:]))
    return seconds, proc.stdout


def has_ingest(pb):
    """True when this paperboat has the ingest command."""
    if not os.access(pb, os.X_OK):
        return False
    proc = subprocess.run([pb, "ingest", "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc.returncode == 0


def ingest(pb, paths, work):
    """Ingests PATHS into a fresh library under WORK; returns (seconds, db path)."""
    db = os.path.join(work, "library.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    seconds, _ = timed([pb, "--db", db, "ingest"] + paths, env=env_for(work))
    return seconds, db


def library_papers(pb, db, work):
    """How many papers the library holds: `paperboat stats --format json` (its "papers"), else
    the lines of `paperboat list --format tsv`."""
    proc = subprocess.run([pb, "--db", db, "stats", "--format", "json"], env=env_for(work),
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if proc.returncode == 0:
        try:
            stats = json.loads(proc.stdout)
            if isinstance(stats, dict) and isinstance(stats.get("papers"), int):
                return stats["papers"]
        except ValueError:
            pass
    _, out = timed([pb, "--db", db, "list", "--format", "tsv"], env=env_for(work))
    return sum(1 for line in out.splitlines() if line.strip())


def children_cpu():
    """CPU seconds (user + system) used so far by the commands this script waited for."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measure_ingest(args, dirs, work):
    """Interleaved runs of the three readers over the same sample; medians in seconds, of the
    wall clock and of CPU time (on a shared machine the wall clock of a long run also measures
    the other load; CPU time measures the reader)."""
    runs = {"libxml2": [], "libxml2-sax": [], "adapters": [], "paperboat": [], "bs4": []}
    cpu = {k: [] for k in runs}
    pages = [os.path.join(d, name) for d in dirs for name in sorted(os.listdir(d))]
    found = {}
    with_pb = has_ingest(args.pb)

    def run(name, fn, *a):
        before = children_cpu()
        seconds, out = fn(*a)
        runs[name].append(seconds)
        cpu[name].append(children_cpu() - before)
        return out

    for i in range(args.runs):
        found["libxml2"] = json.loads(run("libxml2", timed, [args.baseline] + dirs))
        run("libxml2-sax", timed, [args.baseline, "--sax"] + dirs)
        if args.extract:
            out = run("adapters", timed, [args.extract] + pages)
            found["adapters"] = {"papers": sum(int(line.split("\t")[2]) for line in out.splitlines())}
        if with_pb:
            db = run("paperboat", ingest, args.pb, dirs, work)
        if i < args.bs4_runs:
            found["bs4"] = json.loads(run("bs4", timed, [PYTHON, os.path.join(HERE, "scrape_bs4.py")] + dirs))
        print("bench: run %d/%d: %s" % (i + 1, args.runs, ", ".join(
            "%s %.1fs (cpu %.1fs)" % (k, v[-1], cpu[k][-1]) for k, v in runs.items() if len(v) == i + 1)),
            file=sys.stderr)
    if with_pb:
        found["paperboat"] = {"papers": library_papers(args.pb, db, work)}
    medians = {k: statistics.median(v) if v else None for k, v in runs.items()}
    medians_cpu = {k: statistics.median(v) if v else None for k, v in cpu.items()}
    return medians, medians_cpu, found


def verify_corpus(args, manifest, work):
    """Ingests the whole corpus: the library must hold exactly the papers generated."""
    if not has_ingest(args.pb):
        return None
    seconds, db = ingest(args.pb, [os.path.join(args.corpus, "pages")], work)
    papers = library_papers(args.pb, db, work)
    return {"seconds": round(seconds, 2), "papers": papers, "expected": manifest["size"],
            "ok": papers == manifest["size"]}


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(v, unit="", digits=1):
    if v is None:
        return "not measured yet"
    if isinstance(v, float):
        return "{:,.{}f}".format(v, digits) + unit
    return "{:,}".format(v) + unit


def table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(manifest, sample_bytes, medians, found, verify, generate_seconds, read=None):
    mb = sample_bytes / 1e6
    rate = {k: (mb / s if s else None) for k, s in medians.items()}
    result = {
        "papers": manifest["size"],
        "ingest_mb_s": rate["paperboat"],
        "ingest_vs_libxml2": ratio(rate["paperboat"], rate["libxml2"]),
        "ingest_vs_bs4": ratio(rate["paperboat"], rate["bs4"]),
        "first_draw_ms": read[0]["first_draw_ms"] if read else None,
        "filter_p99_ms": read[0]["filter_p99_ms"] if read else None,
        "facets_p99_ms": read[0]["facets_p99_ms"] if read else None,
        "fts_p99_ms": read[0]["fts_p99_ms"] if read else None,
        "list_cli_p99_ms": read[0]["list_cli_p99_ms"] if read else None,
        "rss_mb": read[0]["rss_mb"] if read else None,
        "bytes_per_paper": read[0]["bytes_per_paper"] if read else None,
        "details": {
            "sample_mb": round(mb, 1),
            "libxml2_mb_s": rate["libxml2"],
            "libxml2_sax_mb_s": rate["libxml2-sax"],
            "adapters_mb_s": rate["adapters"],
            "bs4_mb_s": rate["bs4"],
            "corpus_mb": round(manifest["bytes"] / 1e6, 1),
            "corpus_pages": manifest["pages"],
            "generate_seconds": generate_seconds,
            "found": found,
            "verify": verify,
            "reader": read[1] if read else None,
        },
    }
    rows = [("figure", "value", "target", "ratio")]

    def row(name, value, unit="", target=None, digits=1, at_most=False):
        # ratio >= 1.00 means the target is met, whichever way it points
        r = ratio(target, value) if at_most else ratio(value, target)
        rows.append((name, fmt(value, unit, digits),
                     "-" if target is None else ("<= " if at_most else ">= ") + fmt(target, unit, digits),
                     "-" if r is None else "%.2f" % r))

    row("papers", manifest["size"])
    row("sample (MB)", mb)
    row("libxml2 parse+walk (MB/s)", rate["libxml2"])
    row("libxml2 SAX, no tree (MB/s)", rate["libxml2-sax"])
    row("parse + adapters, no store (MB/s)", rate["adapters"])
    row("bs4 scraper (MB/s)", rate["bs4"])
    row("ingest (MB/s)", rate["paperboat"])
    row("ingest / libxml2", result["ingest_vs_libxml2"], "x", TARGETS["ingest_vs_libxml2"], 2)
    row("ingest / bs4", result["ingest_vs_bs4"], "x", TARGETS["ingest_vs_bs4"])
    for key, name in (("first_draw_ms", "first draw (ms)"), ("filter_p99_ms", "filter change p99 (ms)"),
                      ("facets_p99_ms", "facet counts p99 (ms)"), ("fts_p99_ms", "full-text search p99 (ms)"),
                      ("list_cli_p99_ms", "paperboat list p99 (ms)"), ("rss_mb", "peak RSS (MB)"),
                      ("bytes_per_paper", "bytes per paper")):
        row(name, result[key], target=reader.TARGETS.get(key), at_most=True)
    if read:
        rows.extend(reader.rows(*read))
    return result, table(rows)


def main(argv):
    args = parse_args(argv)
    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    dirs, sample_bytes, sample_records = pick_sample(args.corpus, args.sample_mb)
    if sample_bytes < args.sample_mb * 1e6:
        print("bench: the corpus has only %.0f MB; the sample is all of it" % (sample_bytes / 1e6), file=sys.stderr)
    print("bench: sample of %.0f MB in %d directories; warming the page cache" % (sample_bytes / 1e6, len(dirs)),
          file=sys.stderr)
    warm(dirs)
    work = tempfile.mkdtemp(prefix="pbbench.", dir=os.path.dirname(os.path.abspath(args.out)))
    try:
        medians, medians_cpu, found = measure_ingest(args, dirs, work)
        verify = verify_corpus(args, manifest, work) if args.verify else None
        read = None
        if args.library:
            read = reader.measure(args.pb, args.pbread, args.library, args.library_meta, env_for(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    generate_seconds = None
    stamp = os.path.join(args.corpus, "generate-seconds")
    if os.path.exists(stamp):
        with open(stamp, encoding="utf-8") as f:
            generate_seconds = float(f.read())
    result, text = report(manifest, sample_bytes, medians, found, verify, generate_seconds, read)
    result["details"]["sample_records"] = sample_records
    cpu_rate = {k: (sample_bytes / 1e6 / s if s else None) for k, s in medians_cpu.items()}
    result["details"]["cpu_mb_s"] = cpu_rate
    result["details"]["cpu_ingest_vs_libxml2"] = ratio(cpu_rate["paperboat"], cpu_rate["libxml2"])
    result["details"]["cpu_ingest_vs_bs4"] = ratio(cpu_rate["paperboat"], cpu_rate["bs4"])
    print(text)
    print("cpu time (MB/s): %s; ingest / libxml2 %s, ingest / bs4 %s" % (
        ", ".join("%s %s" % (k, fmt(v)) for k, v in cpu_rate.items()),
        fmt(result["details"]["cpu_ingest_vs_libxml2"], "x", 2), fmt(result["details"]["cpu_ingest_vs_bs4"], "x")))
    for tool, key in (("adapters", "papers"), ("bs4", "records")):
        if tool in found:
            n = found[tool][key]
            print("check: %s found %s records on the sample's pages, the generator wrote %s: %s" % (
                tool, fmt(n), fmt(sample_records), "ok" if n == sample_records else "MISMATCH"))
    if "paperboat" in found and "bs4" in found:
        # The sample holds repeats (the same paper on several pages); both must merge them alike.
        n, want = found["paperboat"]["papers"], found["bs4"]["distinct"]
        print("check: the library holds %s papers from the sample, bs4 tells %s distinct: %s" % (
            fmt(n), fmt(want), "ok" if n == want else "MISMATCH"))
    if verify:
        print("verify: %s papers in the library, %s generated: %s" % (
            fmt(verify["papers"]), fmt(verify["expected"]), "ok" if verify["ok"] else "MISMATCH"))
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    return 0 if verify is None or verify["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
