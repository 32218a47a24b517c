#!/usr/bin/python3
"""mktemplates.py — cuts the real saved pages in tests/corpus/real into the generator's page
templates (tests/bench/templates/*.tpl): the sites' chrome kept byte for byte, the paper data
replaced by {{placeholders}} that the generator fills. Run by hand; the templates are kept in
git. Every cut is checked: a piece of the real page that is not found stops the script."""
import os
import sys

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
REAL = os.path.join(TOP, "tests", "corpus", "real")
OUT = os.path.join(TOP, "tests", "bench", "templates")


def read(rel):
    with open(os.path.join(REAL, rel), encoding="utf-8") as f:
        return f.read()


def find(s, needle, start=0):
    i = s.find(needle, start)
    if i < 0:
        sys.exit("mktemplates: not found: %r" % needle[:80])
    return i


def sub(s, old, new, count=None):
    """Replaces OLD (which must occur, COUNT times when given) by NEW."""
    n = s.count(old)
    if n == 0 or (count is not None and n != count):
        sys.exit("mktemplates: %r occurs %d times" % (old[:80], n))
    return s.replace(old, new)


def write(name, s):
    if "{{" not in s and name not in ("hf-tail.tpl",):
        print("note: %s has no placeholder" % name, file=sys.stderr)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(s)
    print("%-24s %7d bytes" % (name, len(s.encode())), file=sys.stderr)


def hf():
    s = read("hf/daily-2024-08-01.html")
    main = find(s, '<main class="flex flex-1 flex-col">') + len('<main class="flex flex-1 flex-col">')
    head = s[:main]
    head = sub(head, "<title>Daily Papers - Hugging Face</title>", "<title>{{page_title}}</title>", 1)
    head = sub(head, '<meta property="og:title" content="Daily Papers - Hugging Face" />',
               '<meta property="og:title" content="{{page_title}}" />', 1)
    head = sub(head, '<meta property="og:url" content="https://huggingface.co/papers" />',
               '<meta property="og:url" content="{{page_url}}" />', 1)
    head = sub(head, "text-black DailyPapersPage", "text-black {{body_class}}", 1)
    write("hf-head.tpl", head)

    island = find(s, '<div class="SVELTE_HYDRATER contents" data-target="DailyPapers"')
    props = find(s, 'data-props="', island) + len('data-props="')
    props_end = find(s, '"', props)
    grid = '<div class="relative grid grid-cols-1 gap-5 lg:grid-cols-2 xl:grid-cols-3">'
    first_card = find(s, "<div><article")
    opening = s[main:props] + "{{props}}" + s[props_end:first_card]
    find(opening, grid)
    opening = sub(opening, "/papers?date=2024-07-31", "/papers?date={{prev_date}}", 1)
    opening = sub(opening, "/papers?date=2024-08-02", "/papers?date={{next_date}}", 1)
    opening = sub(opening, 'datetime="2024-08-01T00:00:00.000Z"', 'datetime="{{date}}T00:00:00.000Z"', 1)
    opening = sub(opening, ">Aug</span>", ">{{month_abbr}}</span>", 1)
    opening = sub(opening, ">1</span></time>", ">{{day}}</span></time>", 1)
    write("hf-daily-open.tpl", opening)

    second = find(s, "<div><article", first_card + 10)
    card = s[first_card:second]
    card = sub(card, "2407.21783", "{{id}}")
    card = sub(card, ">The Llama 3 Herd of Models</a>", ">{{title}}</a>", 1)
    card = sub(card, '<div class="leading-none">94</div>', '<div class="leading-none">{{upvotes}}</div>', 1)
    card = sub(card, "533 authors", "{{author_count}} authors", 1)
    card = sub(card, "\n\t\t\t\t\t\t\t\t\t\t\t\t5\n", "\n\t\t\t\t\t\t\t\t\t\t\t\t{{comments}}\n", 1)
    card = sub(card, "\n\t\t\t\t\t\t\t\takhaliq</div>", "\n\t\t\t\t\t\t\t\t{{submitter}}</div>", 1)
    av_start = find(card, '<li class="  -mr-2')
    av_end = find(card, "\n\n\t\t<li class=\"text-gray-600")
    avatars = card[av_start:av_end]
    one = avatars[:find(avatars, '<li class="  -mr-2', 10)]
    one = sub(one, 'title="mannatsingh"', 'title="{{user}}"', 1)
    one = sub(one, 'src="/avatars/be9c948ecf9c413ad4c8aa6598d3ba86.svg"', 'src="{{avatar}}"', 1)
    write("hf-avatar.tpl", one)
    card = card[:av_start] + "{{avatars}}" + card[av_end:]
    write("hf-card.tpl", card)

    close_start = find(s, '<div class="col-span-1 mt-8 flex')
    tail_start = find(s, "</div></main>", close_start)
    closing = s[close_start:tail_start]
    closing = sub(closing, "/papers?date=2024-07-31", "/papers?date={{prev_date}}", 1)
    closing = sub(closing, "/papers?date=2024-08-02", "/papers?date={{next_date}}", 1)
    write("hf-daily-close.tpl", closing)
    write("hf-tail.tpl", s[tail_start:])


def arxiv_abs():
    s = read("arxiv/abs-2106.09608-xhtml-2021.html")
    title = "Learning Knowledge Graph-based World Models of Textual Environments"
    meta_abs = find(s, '<meta name="citation_abstract" content="')
    meta_abs_end = find(s, '"/>', meta_abs) + 3
    s = s[:meta_abs] + '<meta name="citation_abstract" content="{{abstract_attr}}"/>' + s[meta_abs_end:]
    for prop in ('<meta name="twitter:description" content="', '<meta property="og:description" content="'):
        a = find(s, prop) + len(prop)
        b = find(s, '"/>', a)
        s = s[:a] + ("{{abstract_cut_attr}}" if "twitter" in prop else "{{abstract_attr}}") + s[b:]
    a = find(s, '<span class="descriptor">Abstract:</span>') + len('<span class="descriptor">Abstract:</span>')
    b = find(s, "</blockquote>", a)
    s = s[:a] + "  {{abstract_wrapped}}\n\n    " + s[b:]
    a = find(s, '<meta name="citation_author"')
    b = find(s, '<meta name="citation_date"')
    s = s[:a] + "{{citation_authors}}" + s[b:]
    a = find(s, '<div class="authors"><span class="descriptor">Authors:</span>') + \
        len('<div class="authors"><span class="descriptor">Authors:</span>')
    b = find(s, "</div>", a)
    s = s[:a] + "{{author_links}}" + s[b:]
    a = find(s, '<a href="https://dblp.uni-trier.de/search/author?author=Prithviraj')
    b = find(s, "\n", a)
    s = s[:a] + "{{dblp_authors}}" + s[b:]
    s = sub(s, '<meta name="citation_date" content="2021/06/17"/>',
            '<meta name="citation_date" content="{{date_slash}}"/>', 1)
    s = sub(s, '<meta name="citation_online_date" content="2021/10/20"/>',
            '<meta name="citation_online_date" content="{{revised_slash}}"/>', 1)
    s = sub(s, "[Submitted on 17 Jun 2021 (<a href=\"https://arxiv.org/abs/2106.09608v1\">v1</a>), "
               "last revised 20 Oct 2021 (this version, v2)]",
            "[Submitted on {{date_long}} (<a href=\"https://arxiv.org/abs/2106.09608v1\">v1</a>), "
            "last revised {{revised_long}} (this version, v2)]", 1)
    s = sub(s, "Thu, 17 Jun 2021 15:45:54 UTC (400 KB)", "{{date_history}} UTC ({{size_kb}} KB)", 1)
    s = sub(s, "Wed, 20 Oct 2021 17:56:01 UTC (403 KB)", "{{revised_history}} UTC ({{size_kb2}} KB)", 1)
    s = sub(s, "From: Prithviraj Ammanabrolu [", "From: {{submitter}} [", 1)
    s = sub(s, "&amp;author=Prithviraj%20Ammanabrolu&amp;author=Mark%20O.%20Riedl&publication_date=2021/10/20",
            "{{scholar_authors}}&publication_date={{revised_slash}}", 1)
    s = sub(s, "Camera read, in Proceedings of NeurIPS 2021 Main Conference", "{{comments}}", 1)
    a = find(s, '<span class="primary-subject">Machine Learning (cs.LG)</span>')
    b = find(s, "</td>", a)
    s = s[:a] + "{{subjects}}" + s[b:]
    a = find(s, '<a href="/abs/2106.09608?context=cs">cs</a>')
    b = find(s, "</div>", a)
    s = s[:a] + "{{context_links}}\n    " + s[b:]
    s = sub(s, "<h1>Computer Science > Machine Learning</h1>", "<h1>{{group}} > {{primary_name}}</h1>", 1)
    s = sub(s, "<strong>arXiv:2106.09608</strong> (cs)", "<strong>arXiv:2106.09608</strong> ({{archive}})", 1)
    s = sub(s, '<a href="/list/cs/recent">cs</a>', '<a href="/list/{{archive}}/recent">{{archive}}</a>', 1)
    s = sub(s, "/list/cs.LG/2106", "/list/cs.LG/{{yymm}}", 1)
    s = sub(s, ">2106</a>", ">{{yymm}}</a>", 1)
    s = sub(s, "corr2106.html", "corr{{yymm}}.html", 1)
    s = sub(s, "abs-2106-09608", "abs-{{id_dash}}")
    s = sub(s, "cs.LG", "{{primary}}")
    s = sub(s, "Learning+Knowledge+Graph-based+World+Models+of+Textual+Environments", "{{title_plus}}")
    s = sub(s, "Learning%20Knowledge%20Graph-based%20World%20Models%20of%20Textual%20Environments",
            "{{title_pct}}")
    s = sub(s, title, "{{title}}")
    s = sub(s, "2106.09608", "{{id}}")
    for left in ("Ammanabrolu", "Riedl", "Prithviraj"):
        if left in s:
            sys.exit("mktemplates: abs page still names %s" % left)
    write("arxiv-abs.tpl", s)


def arxiv_list():
    s = read("arxiv/list-astro-ph-pastweek-2024-11-browser-saved.html")
    dl = find(s, '<dl id="articles">')
    head = s[:dl]
    a = find(head, "<ul>\n<li>", find(head, "<h2>"))
    b = find(head, "</li></ul>", a) + len("</li></ul>")
    head = head[:a] + "<ul>\n{{day_links}}</ul>" + head[b:]
    head = sub(head, "<title>Astrophysics  </title>", "<title>{{archive_name}}  </title>", 1)
    head = sub(head, "<h1>Astrophysics</h1>", "<h1>{{archive_name}}</h1>", 1)
    head = sub(head, "Total of 397 entries", "Total of {{total}} entries", 1)
    head = sub(head, "astro-ph", "{{archive}}")
    write("arxiv-list-head.tpl", head)
    day_link = ('<li>\n        <a href="https://arxiv.org/list/{{archive}}/recent?skip={{skip}}&amp;show=1000">\n'
                "          {{day}}\n        </a>\n      </li>")
    write("arxiv-list-daylink.tpl", day_link)
    h3 = find(s, "<h3>", dl)
    first_dt = find(s, "<dt>", h3)
    day = s[dl:first_dt]
    day = sub(day, "Fri, 22 Nov 2024 (showing 75 of 75 entries )", "{{day}} (showing {{n}} of {{n}} entries )", 1)
    write("arxiv-list-day.tpl", day)
    second_dt = find(s, "<dt>", first_dt + 4)
    entry = s[first_dt:second_dt]
    entry = sub(entry, "2411.14419", "{{id}}")
    entry = sub(entry, '<a name="item1">[1]</a>', '<a name="item{{n}}">[{{n}}]</a>', 1)
    a = find(entry, "<span class=\"descriptor\">Title:</span>") + len("<span class=\"descriptor\">Title:</span>")
    b = find(entry, "</div>", a)
    entry = entry[:a] + "\n          {{title}}\n        " + entry[b:]
    a = find(entry, '<div class="list-authors">') + len('<div class="list-authors">')
    b = find(entry, "</div>", a)
    entry = entry[:a] + "{{authors}}" + entry[b:]
    a = find(entry, '<div class="list-comments mathjax">')
    b = find(entry, "</div>", a) + len("</div>")
    entry = entry[:a] + "{{comments_div}}" + entry[b:]
    a = find(entry, '<span class="primary-subject">')
    b = find(entry, "\n        </div>", a)
    entry = entry[:a] + "{{subjects}}" + entry[b:]
    entry = sub(entry, "</a>\n      \n        [<a", "</a>\n      {{crosslist}}\n        [<a", 1)
    write("arxiv-list-entry.tpl", entry)
    last_dl = s.rfind("</dl>")
    next_dl = find(s, "<dl", dl + 5)
    between = s[find(s, "</dl>", dl):next_dl]  # the text between two day lists
    write("arxiv-list-dayend.tpl", between)
    tail = s[last_dl + len("</dl>"):]
    tail = sub(tail, "Total of 397 entries", "Total of {{total}} entries", 1)
    tail = sub(tail, "astro-ph", "{{archive}}")
    write("arxiv-list-tail.tpl", "</dl>" + tail)


def arxiv_search():
    s = read("arxiv/search-abstract-200.html")
    ol = find(s, '<ol class="breathe-horizontal" start="1">')
    first = find(s, '  <li class="arxiv-result">', ol)
    head = s[:first]
    head = sub(head, "Showing 1&ndash;200 of 77,800 results", "Showing 1&ndash;{{n}} of {{total}} results", 1)
    head = sub(head, "distributed+systems", "{{query_plus}}")
    head = sub(head, "distributed systems", "{{query}}")
    head = sub(head, "size=200", "size={{size}}")
    head = sub(head, '<input type="hidden" name="size" value="200">',
               '<input type="hidden" name="size" value="{{size}}">', 1)
    head = sub(head, '<option selected value="200">200</option>', '<option value="200">200</option>', 1)
    write("arxiv-search-head.tpl", head)
    second = find(s, '  <li class="arxiv-result">', first + 10)
    entry = s[first:second]
    entry = sub(entry, "2512.03003", "{{id}}")
    a = find(entry, '<div class="tags is-inline-block">') + len('<div class="tags is-inline-block">')
    b = find(entry, "</div>", a)
    entry = entry[:a] + "\n        {{tags}}\n        " + entry[b:]
    entry = sub(entry, "\n      \n        The role of the top Yukawa coupling in triple Higgs production at the LHC\n      \n",
                "\n      \n        {{title}}\n      \n", 1)
    a = find(entry, '<span class="has-text-black-bis has-text-weight-semibold">Authors:</span>') + \
        len('<span class="has-text-black-bis has-text-weight-semibold">Authors:</span>')
    b = find(entry, "</p>", a)
    entry = entry[:a] + "\n      \n      {{authors}}\n      \n    " + entry[b:]
    a = find(entry, 'id="{{id}}v1-abstract-short" style="display: inline;">') + \
        len('id="{{id}}v1-abstract-short" style="display: inline;">')
    b = find(entry, "\n        <a class=\"is-size-7\"", a)
    entry = entry[:a] + "\n        {{abstract_short}}" + entry[b:]
    a = find(entry, 'id="{{id}}v1-abstract-full" style="display: none;">') + \
        len('id="{{id}}v1-abstract-full" style="display: none;">')
    b = find(entry, "\n        <a class=\"is-size-7\"", a)
    entry = entry[:a] + "\n        {{abstract_full}}" + entry[b:]
    entry = sub(entry, "</span> 2 December, 2025; ", "</span> {{submitted}}; ", 1)
    entry = sub(entry, "</span> December 2025.", "</span> {{announced}}.", 1)
    a = find(entry, '<p class="comments is-size-7">')
    b = find(entry, "</p>", a) + len("</p>")
    entry = entry[:a] + "{{comments_p}}" + entry[b:]
    write("arxiv-search-entry.tpl", entry)
    close = s.rfind("</ol>")
    last = s.rfind('  <li class="arxiv-result">')
    end_li = find(s, "</li>", last) + len("</li>")
    tail = s[end_li:]
    tail = sub(tail, "distributed+systems", "{{query_plus}}")
    tail = sub(tail, "size=200", "size={{size}}")
    find(tail, "</ol>")
    write("arxiv-search-tail.tpl", tail)
    _ = close


def main():
    os.makedirs(OUT, exist_ok=True)
    hf()
    arxiv_abs()
    arxiv_list()
    arxiv_search()


if __name__ == "__main__":
    main()
