/* sample-library.h — a small library of 40 papers shaped like the pages in tests/corpus/seeds,
 * for tests of everything that reads a library (queries, facets, CLI output, the reader).
 *
 * sample_library_fill() puts them, in this order, through store_paper_put into an empty
 * library, so library ids are 1..40 as below; two more puts merge into papers 13 and 28 and
 * add no paper. It also records the alias THU -> Tsinghua University (before the papers) and
 * the user data in the last columns. "Tsinghua" below is "Tsinghua University"; P marks the
 * primary institution; "-" is unknown (NULL / no score). Every paper has an abstract except
 * 35; 22-27 also keep abstract_raw (LaTeX) where marked L, and every digest entry (22-27) has
 * all six review sections.
 *
 *  id kind    arxiv / doi           date        score institutions              topics                        user
 *   1 hf      -                     2025-11-24   31   -                         agents robotics(kw)          read
 *   2 hf      -                     2026-02-17    4   -                         agents
 *   3 hf      -                     2023-12-14   58   Tsinghua                  attention                    fav read tag:toread
 *   4 hf      -                     2025-09-22    2   -                         attention
 *   5 hf      -                     2026-02-04    9   Tsinghua                  attention diffusion(kw)
 *   6 hf      -                     2025-05-23   17   -                         agents
 *   7 hf      -                     2025-09-19   30   Tsinghua                  agents rl
 *   8 hf      -                     2021-05-28   12   DeepMind                  agents rl
 *   9 hf      -                     2026-04-07   10   Tsinghua                  rl
 *  10 hf      -                     2023-10-05   10   Tsinghua                  -
 *  11 hf      -                     2024-03-17    1   -                         -
 *  12 hf      -                     2024-12-19   22   Tsinghua (page said THU)  driving(kw)
 *  13 arxiv   2106.09608            2021-06-17   25   ETH Zurich                cs.LG cs.AI                  read
 *  14 arxiv   hep-th/9901001        1999-01       -   -                         hep-th
 *  15 arxiv   2403.01234            2024          -   Niels Bohr Institute      hep-ph
 *  16 arxiv   2501.01111            2025-01-15   45   Tsinghua(P) Peking Univ.  cs.LG agents                 tag:toread tag:ml/theory note
 *  17 arxiv   2502.02222            2025-02-20   50   Tsinghua                  cs.AI rl
 *  18 arxiv   2503.03333            2025-03-05   20   Peking Univ.(P) Tsinghua  cs.CL
 *  19 arxiv   2504.04444            2025-04-10    5   Tsinghua-Berkeley Shenzhen Institute  stat.ML
 *  20 arxiv   2505.05555            2025-05-01  100   Stanford University       cs.LG attention              fav tag:toread
 *  21 arxiv   math/0309136          2003-09-08    -   -                         math.AG                      tag:survey
 *  22 digest  -  (L)                -           8.5   Columbia University(P)    agents
 *  23 digest  -                     -             -   Stanford University(P)    agents
 *  24 digest  -                     -             7   A*STAR(P) Alibaba Group, NTU Singapore
 *  25 digest  -  (L)                -             -   University of Warsaw(P) Brno University of Technology, INSA Toulouse, Université de Toulouse
 *  26 digest  -  (L)                -             9   University of Oxford(P)
 *  27 digest  -                     -            15   University of Edinburgh(P) Tsinghua  attention
 *  28 author  -                     -             -   Tsinghua(P)               agents                       fav note
 *  29 author  -                     -             -   Tsinghua                  attention
 *  30 author  -  (L)                -             -   Tsinghua                  agents
 *  31 author  -                     -             -   Tsinghua                  attention
 *  32 author  -                     -             -   -                         -
 *  33 meta    10.1103/PhysRevX.12.041027 2022-11-28 - -                         quantum(kw)
 *  34 meta    10.18653/v1/2021.naacl-main.208 2021-06 - -                       cs.CL(kw)
 *  35 arxiv   2601.00001 (no abstract) 2026-01-02 -  -                         cs.LG
 *  36 hf      -                     2026-03-09    0   -                         rl
 *  37 hf      -                     2026-04-29    6   -                         agents security(option)
 *  38 hf      -                     2026-03-28   13   -                         -
 *  39 hf      -                     2026-01-10    2   -                         agents
 *  40 hf      -                     2026-02-17    3   -                         agents
 *
 * Topics are rule topics unless marked: (kw) site keyword, (option) ingest option; arXiv
 * categories (cs.LG, hep-th, ...) have origin arxiv. Titles: 1-12 and 36-40 are the Hugging
 * Face cards of tests/corpus/seeds/001 and 002 (1 "MergeVLA: ...", 3 "Agent Attention: ...");
 * 13-21, 33-35 carry titles; 22-32 have none (digest and author pages).
 * Paper 28 is the author page's GLEAN entry merged with a digest entry of the same abstract
 * (which made Tsinghua its primary and added the reviews); 13's score comes from a Hugging
 * Face card merged by title.
 *
 * Facts other tests rely on:
 *   inst:tsinghua score>=10 -topic:rl   3 10 12 16 18 27
 *   inst:tsinghua                        3 5 7 9 10 12 16 17 18 19 27 28 29 30 31  (19 by prefix)
 *   topic:rl                             7 8 9 17 36
 *   topic:agents                         1 2 6 7 8 16 22 23 28 30 37 39 40
 *   cat:cs.LG (topic cs.LG)              13 16 20 35
 *   no score                             14 15 21 23 25 28-35
 *   score>=50                            3 17 20
 *   year:2026                            2 5 9 35-40
 *   fav 3 20 28;  read 1 3 13;  tag:toread 3 16 20;  tag:survey 21;  tag:ml/theory 16
 *   authors: 13 "Jürgen Müller, Zoë Ng, Łukasz Kaiser"; 14 "王小明, Alice Dupont";
 *            21 "Zoë Ng"; 15 "Søren Kierkegaard Jensen, María José García"
 *   links: 13 code; 20 code and project.  urls: 13, 14, 33, 34; pdf: 13
 *   notes: 16 "Compare with the Peking follow-up.", 28 "Ask about the clinical data."
 *   totals: 40 papers, 39 with an abstract, 3 favourites, 3 read, 4 tagged, 8 sources
 *   sources (path: papers): /sample/hf-agents.html 12 (1-12), /sample/arxiv-list.html 10
 *     (13-21, 35), /sample/digest.html 7 (22-28), /sample/hf-memory.html 6 (36-40, 13),
 *     /sample/author-tsinghua.html 4 (28-31), /sample/acl.html 1, /sample/author-atlas.html 1,
 *     /sample/physrevx.html 1
 *   full text: "verifiers" -> 28; "Müller"/"muller" -> 13; "THU" (alias) -> Tsinghua papers
 */
#ifndef PB_TEST_SAMPLE_LIBRARY_H
#define PB_TEST_SAMPLE_LIBRARY_H

#include "store.h"

/* Fills an empty library with the papers above; aborts the program if any put fails. */
void sample_library_fill(struct store *st);
/* cmocka fixtures: *STATE becomes a struct temp_library (helpers/temp-library.h) holding the
 * sample; the teardown removes it. */
int sample_library_setup(void **state);
int sample_library_teardown(void **state);

#endif
