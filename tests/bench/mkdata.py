#!/usr/bin/python3
"""mkdata.py — derives the generator's word and name lists (tests/bench/data/) from the real
pages and text dumps in tests/corpus. Run by hand when the corpus grows; the lists are kept in
git so that generation never depends on this script, bs4 or the corpus. Hand-written lists
(categories, top institutions, keywords) live beside the derived ones and are not touched."""
import collections
import glob
import html
import json
import os
import random
import re
import sys
import warnings

from bs4 import BeautifulSoup

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA = os.path.join(TOP, "tests", "bench", "data")
WORD = re.compile(r"[^\W\d_][^\W_]*", re.UNICODE)
LATEX = re.compile(r"\\[A-Za-z]+|\$[^$]*\$")


def text(el):
    return " ".join(el.get_text(" ").split()) if el else ""


def real(kind):
    return sorted(glob.glob(os.path.join(TOP, "tests", "corpus", "real", kind, "*.html")))


def gather():
    """Returns (abstracts, titles, authors) from every real page and text dump."""
    abstracts, titles, authors = [], [], []
    for path in real("arxiv"):
        soup = BeautifulSoup(open(path, "rb").read(), "lxml")
        for li in soup.select("li.arxiv-result"):
            titles.append(text(li.select_one("p.title")))
            full = li.select_one("span.abstract-full")
            if full:
                for a in full.select("a"):
                    a.decompose()
                abstracts.append(text(full))
            authors += [text(a) for a in li.select("p.authors a")]
        for dd in soup.select("dl#articles dd"):
            t = dd.select_one("div.list-title")
            if t:
                for junk in t.select("span.descriptor, span.MathJax, span.MathJax_Preview, script"):
                    junk.decompose()
                titles.append(text(t))
            authors += [text(a) for a in dd.select("div.list-authors a")]
        for m in soup.select('meta[name="citation_abstract"]'):
            abstracts.append(" ".join(m["content"].split()))
        for m in soup.select('meta[name="citation_title"]'):
            titles.append(m["content"])
    for path in real("hf"):
        soup = BeautifulSoup(open(path, "rb").read(), "lxml")
        for div in soup.select("div[data-props]"):
            props = json.loads(div["data-props"])
            for item in props.get("dailyPapers", []):
                p = item["paper"]
                titles.append(p["title"])
                abstracts.append(" ".join(p["summary"].split()))
                authors += [a["name"] for a in p["authors"] if not a.get("hidden")]
    for path in sorted(glob.glob(os.path.join(TOP, "tests", "corpus", "seeds", "*.txt"))):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line.startswith("Abstract:"):
                line = line[len("Abstract:"):]
            if len(line) > 600 and not line.startswith(("This paper", "The paper")):
                abstracts.append(line)
    return abstracts, titles, authors


def words(texts, keep_case):
    """Counts the words; abstract words are folded to their most frequent spelling."""
    count, forms = collections.Counter(), collections.defaultdict(collections.Counter)
    for t in texts:
        for w in WORD.findall(LATEX.sub(" ", t)):
            if len(w) < 2 and w not in ("a", "A"):
                continue
            key = w if keep_case else w.lower()
            count[key] += 1
            forms[key][w] += 1
    out = []
    for key, n in count.most_common():
        form = key if keep_case else forms[key].most_common(1)[0][0]
        if not keep_case and form[0].isupper() and form[1:].islower():
            form = form.lower()  # "The", "We" at a sentence start
        out.append((n, form))
    return out


def names(authors):
    first, last = collections.Counter(), collections.Counter()
    for a in authors:
        parts = a.replace(",", " ").split()
        if len(parts) < 2 or any(ch.isdigit() for ch in a) or len(a) > 40:
            continue
        first[" ".join(parts[:-1])] += 1
        last[parts[-1]] += 1
    return first.most_common(), last.most_common()


def bigrams(abstracts, stop):
    """Two-word phrases of content words: the raw material of site keywords."""
    count = collections.Counter()
    for t in abstracts:
        ws = [w.lower() for w in WORD.findall(LATEX.sub(" ", t))]
        for a, b in zip(ws, ws[1:]):
            if a in stop or b in stop or len(a) < 4 or len(b) < 4:
                continue
            count[a + " " + b] += 1
    return [p for p, n in count.most_common() if n >= 2]


INSTITUTION_PATTERNS = ("University of %s", "%s University", "%s Institute of Technology",
                        "Technical University of %s", "%s National Laboratory", "%s AI Lab",
                        "%s Medical School", "%s Polytechnic")


def institutions(places):
    """The hand-written top names, then made-up ones from place names in a fixed shuffle."""
    top = hand("institutions-top.txt")
    made = [pat % p for p in places for pat in INSTITUTION_PATTERNS]
    random.Random(7).shuffle(made)
    seen = set(top)
    return top + [m for m in made if m not in seen]


def hand(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def write(name, rows):
    with open(os.path.join(DATA, name), "w", encoding="utf-8") as f:
        f.write("".join(rows))


def main():
    warnings.simplefilter("ignore")  # bs4's note that the XHTML abs page looks like XML
    abstracts, titles, authors = gather()
    aw = words(abstracts, keep_case=False)
    tw = words(titles, keep_case=True)
    first, last = names(authors)
    stop = {w for n, w in aw[:150]}
    write("abstract-words.txt", ["%d %s\n" % r for r in aw])
    write("title-words.txt", ["%d %s\n" % r for r in tw])
    write("first-names.txt", ["%d %s\n" % (n, w) for w, n in first])
    write("last-names.txt", ["%d %s\n" % (n, w) for w, n in last])
    places = sorted({os.path.basename(p).replace("_", " ")
                     for area in ("America", "Europe", "Asia", "Africa", "Australia")
                     for p in glob.glob("/usr/share/zoneinfo/%s/*" % area)
                     if re.fullmatch(r"[A-Z][a-z]+(_[A-Z][a-z]+)*", os.path.basename(p))})
    write("institutions.txt", [i + "\n" for i in institutions(places)])
    junk = re.compile(r"https?|github|www|com|org|html")
    phrases = [p for p in bigrams(abstracts, stop) if not any(junk.fullmatch(w) for w in p.split())]
    top = hand("keywords-top.txt")
    write("keywords.txt", [k + "\n" for k in top + [p for p in phrases if p not in top]])
    print("%d abstracts, %d titles, %d authors -> %d words, %d title words, %d first, %d last, "
          "%d places" % (len(abstracts), len(titles), len(authors), len(aw), len(tw), len(first),
                         len(last), len(places)), file=sys.stderr)


if __name__ == "__main__":
    main()
