#!/usr/bin/python3
"""scrape_bs4.py — the scraper a user would write instead of paperboat: BeautifulSoup with the
lxml parser, CSS selectors, the JSON the Hugging Face pages embed. It extracts, per page kind,
the fields paperboat keeps (arXiv id, title, authors, abstract, date, score, institutions,
topics) and counts the papers; it stores nothing.

    scrape_bs4.py [--dump FILE] PATH...

PATHs are files or directories (searched for .html/.htm). Prints one JSON line: files, bytes,
records (papers found, repeats included), distinct (by arXiv id, else abstract), per kind
counts, seconds and MB/s. --dump writes every record as a JSON line."""
import json
import os
import re
import sys
import time
import warnings

from bs4 import BeautifulSoup

# The XHTML arXiv pages start with an XML prolog; bs4 warns, and parsing them as HTML is right.
warnings.filterwarnings("ignore", module="bs4")

CATEGORY = re.compile(r"\(([a-z-]+(?:\.[A-Za-z-]+)?)\)")
ARXIV_ID = re.compile(r"/abs/([0-9]{4}\.[0-9]{4,5}|[a-z-]+/[0-9]{7})")


def clean(text):
    return " ".join(text.split())


def text_of(el, drop=None, mathjax=False):
    """The element's text without the DROP elements; with MATHJAX, a browser-saved page's
    rendered formulas are reduced to their TeX."""
    if el is None:
        return None
    if drop:
        for junk in el.select(drop):
            junk.decompose()
    if mathjax and el.find("script"):
        for junk in el.select("span.MathJax_Preview, span.MathJax, span.MathJax_Display, div.MathJax_Display"):
            junk.decompose()
        for tex in el.select('script[type^="math/tex"]'):
            tex.replace_with("$%s$" % tex.get_text())
    return clean(el.get_text())


def paper(kind, **fields):
    record = {"kind": kind, "arxiv_id": None, "title": None, "authors": [], "abstract": None,
              "date": None, "score": None, "institutions": [], "topics": []}
    record.update(fields)
    return record


def hf_paper(item, p):
    org = p.get("organization") or item.get("organization") or {}
    return paper("hf", arxiv_id=p.get("id"), title=clean(p.get("title") or item.get("title") or ""),
                 authors=[a.get("name") or (a.get("user") or {}).get("fullname")
                          for a in p.get("authors", []) if not a.get("hidden")],
                 abstract=clean(p.get("summary") or ""), date=(p.get("publishedAt") or "")[:10] or None,
                 score=p.get("upvotes", item.get("upvotes")),
                 institutions=[org["fullname"]] if org.get("fullname") else [],
                 topics=list(p.get("ai_keywords") or []))


def hf_walk(node, out, seen):
    """Finds paper objects anywhere in the props: list items {paper: {...}} or papers."""
    if isinstance(node, list):
        for v in node:
            hf_walk(v, out, seen)
    elif isinstance(node, dict):
        p = node.get("paper")
        if isinstance(p, dict) and p.get("id") and (p.get("title") or node.get("title")):
            if p["id"] not in seen:
                seen.add(p["id"])
                out.append(hf_paper(node, p))
            return
        if node.get("id") and node.get("title") and "summary" in node:
            if node["id"] not in seen:
                seen.add(node["id"])
                out.append(hf_paper({}, node))
            return
        for v in node.values():
            hf_walk(v, out, seen)


def scrape_hf(soup):
    out, seen = [], set()
    for island in soup.find_all(attrs={"data-target": True, "data-props": True}):
        props = island["data-props"]
        if '"title"' not in props:
            continue
        try:
            hf_walk(json.loads(props), out, seen)
        except ValueError:
            continue
    return out


def scrape_search(soup):
    out = []
    for li in soup.select("li.arxiv-result"):
        link = li.select_one("p.list-title a")
        m = ARXIV_ID.search(link["href"]) if link else None
        submitted = li.find("span", string="Submitted")
        date = clean(submitted.next_sibling).rstrip(";") if submitted else None
        out.append(paper("arxiv-search", arxiv_id=m.group(1) if m else None,
                         title=text_of(li.select_one("p.title")),
                         authors=[clean(a.get_text()) for a in li.select("p.authors a")],
                         abstract=text_of(li.select_one("span.abstract-full"), drop="a"),
                         date=date, topics=[clean(t.get_text()) for t in li.select("span.tag")]))
    return out


def scrape_listing(soup):
    out = []
    for day_list in soup.select("dl#articles"):
        day = day_list.find("h3")
        date = clean(day.get_text()).split(" (")[0] if day else None
        for dt in day_list.find_all("dt"):
            link = dt.find("a", href=ARXIV_ID)
            dd = dt.find_next_sibling("dd")
            if not link or not dd:
                continue
            subjects = dd.select_one("div.list-subjects")
            out.append(paper("arxiv-list", arxiv_id=ARXIV_ID.search(link["href"]).group(1),
                             title=text_of(dd.select_one("div.list-title"), drop="span.descriptor", mathjax=True),
                             authors=[clean(a.get_text()) for a in dd.select("div.list-authors a")],
                             date=date, topics=CATEGORY.findall(subjects.get_text()) if subjects else []))
    return out


def meta(soup, name):
    tag = soup.find("meta", attrs={"name": name})
    return tag["content"] if tag and tag.has_attr("content") else None


def scrape_abs(soup):
    arxiv_id = meta(soup, "citation_arxiv_id")
    authors = []
    for tag in soup.find_all("meta", attrs={"name": "citation_author"}):
        last, _, first = tag["content"].partition(", ")
        authors.append(clean("%s %s" % (first, last)))
    abstract = meta(soup, "citation_abstract")
    if not abstract:
        abstract = text_of(soup.select_one("blockquote.abstract"), drop="span.descriptor")
    subjects = soup.select_one("td.subjects")
    return [paper("arxiv-abs", arxiv_id=arxiv_id, title=clean(meta(soup, "citation_title") or ""),
                  authors=authors, abstract=clean(abstract or ""), date=meta(soup, "citation_date"),
                  topics=CATEGORY.findall(subjects.get_text()) if subjects else [])]


def scrape_digest(soup):
    out = []
    for label in soup.find_all("strong", string="Primary:"):
        entry = label.find_parent("article")
        if entry is None:
            continue
        primary = clean(label.parent.get_text()).replace("Primary:", "", 1).strip()
        institutions = [primary]
        every = entry.find("strong", string="All Institutions:")
        if every:
            text = clean(every.parent.get_text()).replace("All Institutions:", "", 1)
            institutions = [i.strip() for i in re.split(r", (?![^()]*\))", text) if i.strip()]
        reviews = {clean(s.h3.get_text()): text_of(s.p) for s in entry.select("section.review") if s.h3}
        out.append(paper("digest", abstract=text_of(entry.select_one("div.entry-abstract")),
                         institutions=institutions, reviews=reviews))
    return out


def scrape(soup):
    """Tells the page kind by its markup and extracts its papers."""
    if soup.find(attrs={"data-target": True, "data-props": True}):
        found = scrape_hf(soup)
        if found:
            return found
    if soup.select_one("li.arxiv-result"):
        return scrape_search(soup)
    if soup.select_one("dl#articles"):
        return scrape_listing(soup)
    if meta(soup, "citation_arxiv_id") or soup.select_one("blockquote.abstract"):
        return scrape_abs(soup)
    if soup.find("strong", string="Primary:"):
        return scrape_digest(soup)
    return []


def files_under(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith((".html", ".htm")):
                        yield os.path.join(root, name)
        else:
            yield path


def main(argv):
    dump = None
    if len(argv) > 2 and argv[1] == "--dump":
        dump = open(argv[2], "w", encoding="utf-8")
        argv = argv[2:]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    start = time.perf_counter()
    nfiles = nbytes = records = 0
    kinds, ids, abstract_with_id, abstract_only = {}, set(), set(), set()
    for path in files_under(argv[1:]):
        with open(path, "rb") as f:
            data = f.read()
        nfiles += 1
        nbytes += len(data)
        for p in scrape(BeautifulSoup(data, "lxml")):
            records += 1
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
            # One paper: the same arXiv id, or (digest records have no id) the same abstract.
            if p["arxiv_id"]:
                ids.add(p["arxiv_id"])
                if p["abstract"]:
                    abstract_with_id.add(p["abstract"])
            elif p["abstract"]:
                abstract_only.add(p["abstract"])
            if dump:
                p["file"] = path
                dump.write(json.dumps(p, ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - start
    if dump:
        dump.close()
    print(json.dumps({"tool": "bs4", "files": nfiles, "bytes": nbytes, "records": records,
                      "distinct": len(ids) + len(abstract_only - abstract_with_id), "kinds": kinds, "seconds": round(seconds, 3),
                      "mb_s": round(nbytes / 1e6 / seconds, 2) if seconds else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
