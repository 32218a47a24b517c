/* topic-rules-default.c — the shipped topic rules. A config line
 * `topic NAME: word, ...` replaces the rule of that name, `topic NAME:` removes it, and
 * `paperboat retopic` applies the rules to the whole library again.
 *
 * Words are chosen to be specific: "attention" alone would tag every paper that "draws
 * attention to" something, so the attention rule names the mechanism's own phrases. */
#include "topic-rules.h"

const char *const topic_rules_default[] = {
	"agents: agent, agents, agentic, multi-agent, llm-based agent*, web agent*, "
	"tool use, tool-use, tool calling, tool-calling, function calling",
	"rl: reinforcement learning, rl, rlhf, rlvr, rlaif, policy gradient*, policy optimization, "
	"ppo, grpo, dpo, q-learning, reward model*, reward shaping, offline rl, actor-critic, "
	"markov decision process*, mdp, mdps, bandit*",
	"attention: self-attention, cross-attention, attention mechanism*, attention head*, "
	"attention layer*, attention map*, attention score*, attention weight*, attention sink*, "
	"sparse attention, linear attention, multi-head attention, causal attention, "
	"attention kernel*, flashattention*, sageattention*, kv cache, kv-cache",
	"diffusion: diffusion model*, diffusion, denoising diffusion, score-based, flow matching, "
	"rectified flow, ddpm, ddim, latent diffusion, consistency model*",
	"llm: llm, llms, large language model*, language model*, gpt, chatgpt, "
	"instruction tuning, instruction-tuned, in-context learning, prompting, "
	"prompt engineering, prompt tuning",
	"robotics: robot*, robotic, manipulation, locomotion, embodied, vision-language-action, vla, "
	"vlas, grasping, humanoid*, autonomous driving, sim-to-real",
	"vision: computer vision, image classification, object detection, segmentation, "
	"image generation, video generation, visual recognition, vision transformer*, vit, "
	"image editing, text-to-image, text-to-video, 3d reconstruction, gaussian splatting, "
	"nerf, point cloud*, optical flow, depth estimation",
	"speech: speech, asr, tts, text-to-speech, speech recognition, speaker, spoken, "
	"voice, audio",
	"multimodal: multimodal, multi-modal, vision-language, vision language model*, vlm, vlms, "
	"mllm, mllms, image-text, audio-visual",
	"reasoning: reasoning, chain-of-thought, chain of thought, cot, test-time scaling, "
	"test-time compute, mathematical reasoning, theorem proving",
	"retrieval: retrieval-augmented, retrieval augmented, rag, dense retrieval, retriever*, "
	"information retrieval, reranking, re-ranking",
	"efficiency: quantization, quantized, pruning, distillation, low-rank, lora, "
	"mixture-of-experts, mixture of experts, moe, speculative decoding, efficient inference, "
	"sparsity, compression, low-bit",
	"graphs: graph neural network*, gnn, gnns, graph learning, knowledge graph*, "
	"graph transformer*, node classification, link prediction",
	"safety: ai safety, safety alignment, value alignment, ai alignment, harmful, "
	"harmlessness, jailbreak*, red teaming, red-teaming, adversarial attack*, backdoor*, "
	"hallucination*, privacy, differential privacy, watermark*",
	"code: code generation, program synthesis, code llm*, software engineering, coding, "
	"code completion, code repair, program repair",
	"medical: medical, clinical, healthcare, health care, patient*, radiology, diagnosis, "
	"biomedical, ehr, mimic-iv, mimic-iii",
	"science: molecular, molecule*, protein*, materials discovery, chemistry, physics-informed, "
	"pde, pdes, partial differential equation*, climate, weather forecasting",
	"theory: convergence rate*, generalization bound*, sample complexity, regret bound*, "
	"minimax, theoretical analysis, provably",
	NULL,
};
