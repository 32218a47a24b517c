/* sample-library.c — the 40-paper library of sample-library.h (read the table there). */
#include "helpers/sample-library.h"

#include <stdio.h>
#include <stdlib.h>

#include "helpers/paper-spec.h"
#include "helpers/temp-library.h"

#define HF_AGENTS "/sample/hf-agents.html"
#define ARXIV_LIST "/sample/arxiv-list.html"
#define DIGEST "/sample/digest.html"
#define AUTHOR_THU "/sample/author-tsinghua.html"
#define AUTHOR_ATLAS "/sample/author-atlas.html"
#define PHYSREVX "/sample/physrevx.html"
#define ACL "/sample/acl.html"
#define HF_MEMORY "/sample/hf-memory.html"

#define GLEAN_ABSTRACT                                                                           \
	"As LLM-powered agents have been used for high-stakes decision-making, such as clinical "  \
	"diagnosis, it becomes critical to develop reliable verification of their decisions to "   \
	"facilitate trustworthy deployment. Yet, existing verifiers usually underperform owing to " \
	"a lack of domain knowledge and limited calibration. To address this, we establish GLEAN, " \
	"an agent verification framework with Guideline-grounded Evidence Accumulation."

/* The six review sections of a digest entry. */
#define REVIEWS(topic)                                                                           \
	{"A clear contribution on " topic ".", "The method is sound and well motivated.",         \
	 "Experiments are thorough across several benchmarks.",                                   \
	 "Code and settings are described in detail.", "The authors state their limitations.",     \
	 "Broad impact on " topic "."}

struct sample {
	const char *source;    /* the page it came from */
	struct paper_spec s;   /* what that page says */
};

static const struct sample samples[] = {
	/* 1-12: a Hugging Face papers search (seeds/001, 002) */
	{HF_AGENTS, {.title = "MergeVLA: Cross-Skill Model Merging Toward a Generalist "
			      "Vision-Language-Action Agent",
		     .abstract = "Recent Vision-Language-Action (VLA) models reformulate "
				 "vision-language models by tuning them with millions of robotic "
				 "demonstrations. While they perform well when fine-tuned for a "
				 "single embodiment or task family, extending them to multi-skill "
				 "settings remains challenging.",
		     .author_count = 6, .date = "2025-11-24", .score = "31",
		     .topics = "agents@rule; robotics@keyword"}},
	{HF_AGENTS, {.title = "Agent Memory Below the Prompt: Persistent Q4 KV Cache for "
			      "Multi-Agent LLM Inference on Edge Devices",
		     .abstract = "Multi-agent LLM systems on edge devices face a memory management "
				 "problem: device RAM is too small to hold every agent's KV cache "
				 "simultaneously. On Apple M4 Pro with 10.2 GB of cache budget, only "
				 "3 agents fit at 8K context in FP16.",
		     .author_count = 1, .date = "2026-02-17", .score = "4", .topics = "agents@rule"}},
	{HF_AGENTS, {.title = "Agent Attention: On the Integration of Softmax and Linear Attention",
		     .abstract = "The attention module is the key component in Transformers. While "
				 "the global attention mechanism offers high expressiveness, its "
				 "excessive computational cost restricts its applicability in "
				 "various scenarios.",
		     .author_count = 6, .date = "2023-12-14", .score = "58",
		     .institutions = "Tsinghua University", .topics = "attention@rule"}},
	{HF_AGENTS, {.title = "Cross-Attention is Half Explanation in Speech-to-Text Models",
		     .abstract = "Cross-attention is a core mechanism in encoder-decoder "
				 "architectures, widespread in many fields, including speech-to-text "
				 "(S2T) processing. Its scores have been repurposed for various "
				 "downstream applications.",
		     .author_count = 5, .date = "2025-09-22", .score = "2", .topics = "attention@rule"}},
	{HF_AGENTS, {.title = "FlashBlock: Attention Caching for Efficient Long-Context Block "
			      "Diffusion",
		     .abstract = "Generating long-form content, such as minute-long videos and "
				 "extended texts, is increasingly important for modern generative "
				 "models. Block diffusion improves inference efficiency via KV "
				 "caching and block-wise causal inference.",
		     .author_count = 3, .date = "2026-02-04", .score = "9",
		     .institutions = "Tsinghua University",
		     .topics = "attention@rule; diffusion@keyword"}},
	{HF_AGENTS, {.title = "Superplatforms Have to Attack AI Agents",
		     .abstract = "Over the past decades, superplatforms, digital companies that "
				 "integrate a vast range of third-party services and applications "
				 "into a single, unified ecosystem, have built their fortunes on "
				 "monopolizing user attention.",
		     .author_count = 7, .date = "2025-05-23", .score = "17", .topics = "agents@rule"}},
	{HF_AGENTS, {.title = "BTL-UI: Blink-Think-Link Reasoning Model for GUI Agent",
		     .abstract = "In the field of AI-driven human-GUI interaction automation, while "
				 "rapid advances in multimodal large language models and "
				 "reinforcement fine-tuning techniques have yielded remarkable "
				 "progress, a fundamental challenge persists.",
		     .author_count = 11, .date = "2025-09-19", .score = "30",
		     .institutions = "Tsinghua University", .topics = "agents@rule; rl@rule"}},
	{HF_AGENTS, {.title = "Towards mental time travel: a hierarchical memory for "
			      "reinforcement learning agents",
		     .abstract = "Reinforcement learning agents often forget details of the past, "
				 "especially after delays or distractor tasks. Agents with common "
				 "memory architectures struggle to recall and integrate across "
				 "multiple timesteps of a past event.",
		     .author_count = 4, .date = "2021-05-28", .score = "12",
		     .institutions = "DeepMind", .topics = "agents@rule; rl@rule"}},
	{HF_AGENTS, {.title = "GIRL: Generative Imagination Reinforcement Learning via "
			      "Information-Theoretic Hallucination Control",
		     .abstract = "Model-based reinforcement learning (MBRL) improves sample "
				 "efficiency by optimizing policies inside imagined rollouts, but "
				 "long-horizon planning degrades when model errors compound and "
				 "imagined trajectories drift off the training manifold.",
		     .author_count = 1, .date = "2026-04-07", .score = "10",
		     .institutions = "Tsinghua University", .topics = "rl@rule"}},
	{HF_AGENTS, {.title = "TRAM: Bridging Trust Regions and Sharpness Aware Minimization",
		     .abstract = "Sharpness-aware minimization (SAM) reports improving domain "
				 "generalization by reducing the loss surface curvature in the "
				 "parameter space. However, generalization during fine-tuning is "
				 "often more dependent on the transferability of representations.",
		     .author_count = 4, .date = "2023-10-05", .score = "10",
		     .institutions = "Tsinghua University"}},
	{HF_AGENTS, {.title = "Decoding Compressed Trust: Scrutinizing the Trustworthiness of "
			      "Efficient LLMs Under Compression",
		     .abstract = "Compressing high-capability Large Language Models (LLMs) has "
				 "emerged as a favored strategy for resource-efficient inferences. "
				 "The potential risks of compression in terms of safety and "
				 "trustworthiness have been largely neglected.",
		     .author_count = 15, .date = "2024-03-17", .score = "1"}},
	{HF_AGENTS, {.title = "AutoTrust: Benchmarking Trustworthiness in Large Vision Language "
			      "Models for Autonomous Driving",
		     .abstract = "Recent advancements in large vision language models (VLMs) "
				 "tailored for autonomous driving (AD) have shown strong scene "
				 "understanding and reasoning capabilities, making them undeniable "
				 "candidates for end-to-end driving systems.",
		     .author_count = 13, .date = "2024-12-19", .score = "22", .institutions = "THU",
		     .topics = "driving@keyword"}},
	/* 13-21: an arXiv listing (authors, categories, ids) */
	{ARXIV_LIST, {.arxiv = "2106.09608", .title = "Rethinking Positional Encoding in Language "
						      "Pre-training",
		      .abstract = "We study how positional information enters the attention of "
				  "pre-trained language models and show that untying it from the "
				  "word embeddings improves both accuracy and training speed on "
				  "standard benchmarks.",
		      .authors = "Jürgen Müller; Zoë Ng; Łukasz Kaiser", .date = "2021-06-17",
		      .institutions = "ETH Zurich", .topics = "cs.LG@arxiv; cs.AI@arxiv",
		      .url = "https://arxiv.org/abs/2106.09608",
		      .pdf = "https://arxiv.org/pdf/2106.09608",
		      .links = "code=https://github.com/example/rethinking-pe"}},
	{ARXIV_LIST, {.arxiv = "hep-th/9901001", .title = "Dualities in Supersymmetric Gauge "
							  "Theories Revisited",
		      .abstract = "We revisit electric-magnetic dualities of supersymmetric gauge "
				  "theories in four dimensions and give a new test of the proposed "
				  "correspondence from the counting of protected operators.",
		      .authors = "王小明; Alice Dupont", .date = "1999-01", .topics = "hep-th@arxiv",
		      .url = "https://arxiv.org/abs/hep-th/9901001"}},
	{ARXIV_LIST, {.arxiv = "2403.01234", .title = "Precision Constraints on Light Dark Photons",
		      .abstract = "We derive precision constraints on light dark photons from "
				  "atomic spectroscopy and beam dump experiments, closing a window "
				  "of kinetic mixing left open by earlier searches.",
		      .authors = "Søren Kierkegaard Jensen; María José García", .date = "2024",
		      .institutions = "Niels Bohr Institute", .topics = "hep-ph@arxiv"}},
	{ARXIV_LIST, {.arxiv = "2501.01111", .title = "Planning Agents with Learned World Models",
		      .abstract = "We train language agents that plan with a learned world model "
				  "and show that planning depth, not model size, explains most of "
				  "the gains on long-horizon household tasks.",
		      .authors = "Li Wei; Chen Jie", .date = "2025-01-15", .score = "45",
		      .institutions = "Tsinghua University; Peking University", .primary = true,
		      .topics = "cs.LG@arxiv; agents@rule"}},
	{ARXIV_LIST, {.arxiv = "2502.02222", .title = "Reward Shaping for Tool-Using Models",
		      .abstract = "We shape rewards for models that call tools and find that "
				  "penalising redundant calls stabilises reinforcement learning "
				  "without hurting the final task success rate.",
		      .authors = "Zhang Wei", .date = "2025-02-20", .score = "50",
		      .institutions = "Tsinghua University", .topics = "cs.AI@arxiv; rl@rule"}},
	{ARXIV_LIST, {.arxiv = "2503.03333", .title = "Multilingual Retrieval Heads in Long "
						      "Context Models",
		      .abstract = "We locate the attention heads that retrieve facts across "
				  "languages in long contexts and show that pruning them removes "
				  "cross-lingual recall while leaving monolingual recall intact.",
		      .authors = "Wang Fang; Liu Yang", .date = "2025-03-05", .score = "20",
		      .institutions = "Peking University; Tsinghua University", .primary = true,
		      .topics = "cs.CL@arxiv"}},
	{ARXIV_LIST, {.arxiv = "2504.04444", .title = "Conformal Prediction under Distribution "
						      "Drift",
		      .abstract = "We give conformal prediction sets that keep their coverage "
				  "under slow distribution drift by reweighting calibration scores "
				  "with an online estimate of the drift rate.",
		      .authors = "Zhao Min", .date = "2025-04-10", .score = "5",
		      .institutions = "Tsinghua-Berkeley Shenzhen Institute",
		      .topics = "stat.ML@arxiv"}},
	{ARXIV_LIST, {.arxiv = "2505.05555", .title = "Sparse Attention Scales to Million Token "
						      "Contexts",
		      .abstract = "We show that block sparse attention with learned routing "
				  "matches dense attention on million token contexts at a small "
				  "fraction of the memory and compute cost of the dense baseline.",
		      .authors = "Ann Lee; Bo Chen", .date = "2025-05-01", .score = "100",
		      .institutions = "Stanford University",
		      .topics = "cs.LG@arxiv; attention@rule",
		      .links = "code=https://github.com/example/sparse; project=https://sparse.example"}},
	{ARXIV_LIST, {.arxiv = "math.AG/0309136", .title = "Moduli of Sheaves on K3 Surfaces",
		      .abstract = "We describe the moduli spaces of stable sheaves on K3 surfaces "
				  "with primitive Mukai vector and prove that they are deformation "
				  "equivalent to Hilbert schemes of points.",
		      .authors = "Zoë Ng", .date = "2003-09-08", .topics = "math.AG@arxiv"}},
	/* 22-27: a weekly digest (seeds/003): no titles, Primary / All Institutions, reviews */
	{DIGEST, {.abstract = "Language models increasingly write probabilistic programs, but a "
			      "program that compiles, runs, and passes every unit test can still "
			      "be statistically wrong. Calibration repairs improve strong models "
			      "(GPT-5.1 33→92%, Claude 75→100%) where unit tests do not.",
		  .raw = "Language models increasingly write probabilistic programs, but a program "
			 "that compiles, runs, and passes every unit test can still be "
			 "\\emph{statistically} wrong. Calibration repairs improve strong models "
			 "(GPT-5.1 $33{\\to}92\\%$, Claude $75{\\to}100\\%$) where unit tests do not.",
		  .institutions = "Columbia University", .primary = true, .score = "8.5",
		  .topics = "agents@rule", .reviews = REVIEWS("probabilistic programs")}},
	{DIGEST, {.abstract = "Memory expertise is a learned skill: knowing what to encode, when "
			      "to retrieve, and how to organize knowledge. We bring this "
			      "perspective to LLMs by treating memory management as a trainable "
			      "skill of the agent itself.",
		  .institutions = "Stanford University", .primary = true, .topics = "agents@rule",
		  .reviews = REVIEWS("agent memory")}},
	{DIGEST, {.abstract = "4D hand motion reconstruction from egocentric video is "
			      "bottlenecked by clear limitations of existing methods: image-based "
			      "pipelines depend on a detector that fails under heavy occlusion.",
		  .institutions = "A*STAR; NTU Singapore; Alibaba Group", .primary = true,
		  .score = "7", .reviews = REVIEWS("hand reconstruction")}},
	{DIGEST, {.abstract = "We replace the discrete training problem of shallow neural "
			      "networks with a well-posed continuum variational surrogate and "
			      "identify a family of λ-convex functionals over parameter densities.",
		  .raw = "We replace the discrete training problem of shallow neural networks with "
			 "a well-posed continuum variational surrogate and identify a family of "
			 "$\\lambda$-convex functionals over parameter densities.",
		  .institutions = "University of Warsaw; Brno University of Technology; "
				  "Université de Toulouse; INSA Toulouse",
		  .primary = true, .reviews = REVIEWS("variational training")}},
	{DIGEST, {.abstract = "Physics-informed neural networks have struggled to reach the "
			      "precision of classical solvers. We present DSGNAR, a scalable "
			      "second-order optimisation framework that confronts this "
			      "ill-conditioning.",
		  .raw = "Physics-informed neural networks have struggled to reach the precision of "
			 "classical solvers. We present $\\textbf{DSGNAR}$, a scalable second-order "
			 "optimisation framework that confronts this ill-conditioning.",
		  .institutions = "University of Oxford", .primary = true, .score = "9",
		  .reviews = REVIEWS("PINN optimisation")}},
	{DIGEST, {.abstract = "In long-context use, large language models frequently synthesize "
			      "answers from the meaning of a relevant context span rather than "
			      "literally copy-pasting them. Identifying which attention heads "
			      "perform this synthesis matters.",
		  .institutions = "University of Edinburgh; Tsinghua University", .primary = true,
		  .score = "15", .topics = "attention@rule", .reviews = REVIEWS("retrieval heads")}},
	/* 28-31: an author page headed "Tsinghua University" (seeds/000): abstracts only */
	{AUTHOR_THU, {.abstract = GLEAN_ABSTRACT, .institutions = "Tsinghua University",
		      .topics = "agents@rule"}},
	{AUTHOR_THU, {.abstract = "Low-bit attention, such as SageAttention, has emerged as an "
				  "effective approach for accelerating model inference, but its "
				  "applicability to training remains poorly understood.",
		      .institutions = "Tsinghua University", .topics = "attention@rule"}},
	{AUTHOR_THU, {.abstract = "Ovarian tumour management has increasingly relied on "
				  "multidisciplinary tumour board deliberation. Here we present "
				  "OMGs, a multi-agent AI framework that achieved performance "
				  "comparable to expert consensus (4.45 ± 0.30 versus 4.53 ± 0.23).",
		      .raw = "Ovarian tumour management has increasingly relied on multidisciplinary "
			     "tumour board deliberation. Here we present OMGs, a multi-agent AI "
			     "framework that achieved performance comparable to expert consensus "
			     "($4.45 \\pm 0.30$ versus $4.53 \\pm 0.23$).",
		      .institutions = "Tsinghua University", .topics = "agents@rule"}},
	{AUTHOR_THU, {.abstract = "Many training-free sparse attention methods are effective for "
				  "accelerating diffusion models. Recently, several works suggest "
				  "that making sparse attention trainable can further increase "
				  "sparsity while preserving generation quality.",
		      .institutions = "Tsinghua University", .topics = "attention@rule"}},
	/* 32: the author page headed "Atlas" (seeds/004) */
	{AUTHOR_ATLAS, {.abstract = "Sparsely activated Mixture-of-Experts (SMoE) has shown promise "
				    "in scaling up the learning capacity of neural networks. "
				    "However, vanilla SMoEs have issues such as expert redundancy "
				    "and heavy memory requirements."}},
	/* 33-34: publisher pages with citation_* metadata */
	{PHYSREVX, {.doi = "10.1103/PhysRevX.12.041027", .title = "Quantum Error Correction "
								  "Below the Surface Code Threshold",
		    .abstract = "We demonstrate logical qubits whose error rates fall as the code "
				"distance grows, showing operation below the surface code "
				"threshold on a superconducting processor.",
		    .authors = "Ada Byron; Grace Hopper", .date = "2022-11-28",
		    .topics = "quantum@keyword",
		    .url = "https://journals.aps.org/prx/abstract/10.1103/PhysRevX.12.041027"}},
	{ACL, {.doi = "10.18653/v1/2021.naacl-main.208", .title = "Probing Multilingual Encoders "
								   "for Word Order",
	       .abstract = "We probe multilingual encoders for knowledge of word order and find "
			   "that it is encoded in the middle layers, largely independent of the "
			   "language of the input sentence.",
	       .authors = "Jonas Pfeiffer; Ivan Vulić", .date = "2021-06", .topics = "cs.CL@keyword",
	       .url = "https://aclanthology.org/2021.naacl-main.208/"}},
	/* 35: an arXiv listing entry without an abstract */
	{ARXIV_LIST, {.arxiv = "2601.00001", .title = "Scaling Laws for Sparse Mixture Models",
		      .authors = "Ann Lee", .date = "2026-01-02", .topics = "cs.LG@arxiv"}},
	/* 36-40: another Hugging Face search (seeds/002) */
	{HF_MEMORY, {.title = "Fibration Policy Optimization",
		     .abstract = "Large language models are increasingly trained as heterogeneous "
				 "systems spanning multiple domains, expert partitions, and agentic "
				 "pipelines, yet prevalent proximal objectives operate at a single "
				 "scale.",
		     .author_count = 5, .date = "2026-03-09", .score = "0", .topics = "rl@rule"}},
	{HF_MEMORY, {.title = "MCPHunt: An Evaluation Framework for Cross-Boundary Data "
			      "Propagation in Multi-Server MCP Agents",
		     .abstract = "Multi-server MCP agents create an information-flow control "
				 "problem: faithful tool composition can turn individually benign "
				 "read/write permissions into cross-boundary credential propagation.",
		     .author_count = 4, .date = "2026-04-29", .score = "6",
		     .topics = "agents@rule; security@option"}},
	{HF_MEMORY, {.title = "KV Cache Quantization for Self-Forcing Video Generation: A "
			      "33-Method Empirical Study",
		     .abstract = "Self-forcing video generation extends a short-horizon video model "
				 "to longer rollouts by repeatedly feeding generated content back in "
				 "as context, which exposes a systems bottleneck.",
		     .author_count = 3, .date = "2026-03-28", .score = "13"}},
	{HF_MEMORY, {.title = "MemTrust: A Zero-Trust Architecture for Unified AI Memory System",
		     .abstract = "AI memory systems are evolving toward unified context layers that "
				 "enable efficient cross-agent collaboration and multi-tool "
				 "workflows, facilitating better accumulation of personal data.",
		     .author_count = 4, .date = "2026-01-10", .score = "2", .topics = "agents@rule"}},
	{HF_MEMORY, {.title = "SuperLocalMemory: Privacy-Preserving Multi-Agent Memory with "
			      "Bayesian Trust Defense Against Memory Poisoning",
		     .abstract = "We present SuperLocalMemory, a local-first memory system for "
				 "multi-agent AI that defends against memory poisoning through "
				 "architectural isolation and Bayesian trust scoring.",
		     .author_count = 1, .date = "2026-02-17", .score = "3", .topics = "agents@rule"}},
	/* merges: no new paper */
	{HF_MEMORY, {.title = "Rethinking positional encoding in language pre-training",
		     .author_count = 3, .date = "2021-06-17", .score = "25"}},
	{DIGEST, {.abstract = GLEAN_ABSTRACT, .institutions = "Tsinghua University",
		  .primary = true, .reviews = REVIEWS("agent verification")}},
};

static void must(bool ok, struct store *st, const char *what)
{
	if (!ok) {
		fprintf(stderr, "sample_library_fill: %s: %s\n", what, store_errmsg(st));
		abort();
	}
}

void sample_library_fill(struct store *st)
{
	static const struct {
		long long id;     /* paper */
		const char *tag;  /* tag to add */
	} tags[] = {{3, "toread"}, {16, "toread"}, {16, "ml/theory"}, {20, "toread"}, {21, "survey"}};
	static const long long favourites[] = {3, 20, 28}, reads[] = {1, 3, 13};

	must(store_institution_alias(st, "THU", "Tsinghua University"), st, "alias");
	must(store_begin(st), st, "begin");
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		struct paper p;
		long long src = store_source_add(st, samples[i].source, "sample", "sample");
		must(src > 0, st, samples[i].source);
		paper_from_spec(&p, &samples[i].s);
		must(store_paper_put(st, &p, src, NULL, NULL), st, "put");
		paper_free(&p);
	}
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		must(store_tag_set(st, tags[i].id, tags[i].tag, true), st, "tag");
	for (size_t i = 0; i < 3; i++) {
		must(store_favourite_set(st, favourites[i], true), st, "favourite");
		must(store_read_set(st, reads[i], true), st, "read");
	}
	must(store_note_set(st, 16, "Compare with the Peking follow-up."), st, "note");
	must(store_note_set(st, 28, "Ask about the clinical data."), st, "note");
	must(store_commit(st), st, "commit");
}

int sample_library_setup(void **state)
{
	struct temp_library *t = calloc(1, sizeof *t);
	if (!t)
		abort();
	temp_library_open(t);
	sample_library_fill(t->st);
	*state = t;
	return 0;
}

int sample_library_teardown(void **state)
{
	temp_library_close(*state);
	free(*state);
	return 0;
}
