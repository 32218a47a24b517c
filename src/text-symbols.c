/* text-symbols.c — the tables behind readable LaTeX: symbols, accents, super- and subscripts. */
#include "text-latex.h"

#include <stdlib.h>
#include <string.h>

/* Sorted by name (strcmp) for bsearch. Words such as \log become the word itself. */
static const struct latex_symbol symbols[] = {
	{"AA", "Å"}, {"Delta", "Δ"}, {"Gamma", "Γ"}, {"Im", "ℑ"}, {"LaTeX", "LaTeX"},
	{"Lambda", "Λ"}, {"Leftarrow", "⇐"}, {"Leftrightarrow", "⇔"}, {"Longrightarrow", "⟹"},
	{"O", "Ø"}, {"Omega", "Ω"}, {"P", "¶"}, {"Phi", "Φ"}, {"Pi", "Π"}, {"Pr", "Pr"},
	{"Psi", "Ψ"}, {"Re", "ℜ"}, {"Rightarrow", "⇒"}, {"S", "§"}, {"Sigma", "Σ"}, {"TeX", "TeX"},
	{"Theta", "Θ"}, {"Upsilon", "Υ"}, {"Vert", "‖"}, {"Xi", "Ξ"}, {"aa", "å"}, {"ae", "æ"},
	{"aleph", "ℵ"}, {"alpha", "α"}, {"approx", "≈"}, {"arccos", "arccos"}, {"arcsin", "arcsin"},
	{"arctan", "arctan"}, {"arg", "arg"}, {"argmax", "argmax"}, {"argmin", "argmin"},
	{"ast", "∗"}, {"beta", "β"}, {"bmod", "mod"}, {"bot", "⊥"}, {"bullet", "•"}, {"cap", "∩"},
	{"cdot", "·"}, {"cdots", "⋯"}, {"checkmark", "✓"}, {"chi", "χ"}, {"circ", "∘"},
	{"colon", ":"}, {"cong", "≅"}, {"copyright", "©"}, {"cos", "cos"}, {"cosh", "cosh"},
	{"cup", "∪"}, {"dag", "†"}, {"dagger", "†"}, {"ddag", "‡"}, {"ddots", "⋱"},
	{"degree", "°"}, {"delta", "δ"}, {"det", "det"}, {"dim", "dim"}, {"div", "÷"},
	{"dots", "…"}, {"downarrow", "↓"}, {"ell", "ℓ"}, {"emptyset", "∅"}, {"epsilon", "ε"},
	{"equiv", "≡"}, {"eta", "η"}, {"exists", "∃"}, {"exp", "exp"}, {"forall", "∀"},
	{"gamma", "γ"}, {"gcd", "gcd"}, {"ge", "≥"}, {"geq", "≥"}, {"gets", "←"}, {"gg", "≫"},
	{"hbar", "ℏ"}, {"i", "ı"}, {"iff", "⇔"}, {"implies", "⇒"}, {"in", "∈"}, {"inf", "inf"},
	{"infty", "∞"}, {"int", "∫"}, {"iota", "ι"}, {"kappa", "κ"}, {"ker", "ker"}, {"l", "ł"},
	{"lVert", "‖"},
	{"lambda", "λ"}, {"land", "∧"}, {"langle", "⟨"}, {"lceil", "⌈"}, {"ldots", "…"},
	{"le", "≤"}, {"leftarrow", "←"}, {"leftrightarrow", "↔"}, {"leq", "≤"}, {"lfloor", "⌊"},
	{"lim", "lim"}, {"ll", "≪"}, {"ln", "ln"}, {"lnot", "¬"}, {"log", "log"},
	{"longrightarrow", "⟶"}, {"lor", "∨"}, {"lvert", "|"}, {"mapsto", "↦"},
	{"max", "max"}, {"mid", "|"}, {"min", "min"}, {"mod", "mod"}, {"mp", "∓"}, {"mu", "μ"},
	{"nabla", "∇"}, {"ne", "≠"}, {"neg", "¬"}, {"neq", "≠"}, {"ni", "∋"}, {"notin", "∉"},
	{"nu", "ν"}, {"o", "ø"}, {"odot", "⊙"}, {"oe", "œ"}, {"oint", "∮"}, {"omega", "ω"},
	{"oplus", "⊕"}, {"otimes", "⊗"}, {"parallel", "∥"}, {"partial", "∂"}, {"perp", "⊥"},
	{"phi", "φ"}, {"pi", "π"}, {"pm", "±"}, {"prime", "′"}, {"prod", "∏"}, {"propto", "∝"},
	{"psi", "ψ"}, {"rVert", "‖"}, {"rangle", "⟩"}, {"rceil", "⌉"}, {"rfloor", "⌋"},
	{"rho", "ρ"}, {"rightarrow", "→"}, {"rvert", "|"}, {"setminus", "∖"}, {"sigma", "σ"},
	{"sim", "∼"}, {"simeq", "≃"}, {"sin", "sin"}, {"sinh", "sinh"}, {"square", "□"},
	{"ss", "ß"}, {"star", "⋆"}, {"subset", "⊂"}, {"subseteq", "⊆"}, {"sum", "∑"},
	{"sup", "sup"}, {"supset", "⊃"}, {"supseteq", "⊇"}, {"tan", "tan"}, {"tanh", "tanh"},
	{"tau", "τ"}, {"textasciitilde", "~"}, {"textbackslash", "\\"}, {"textbullet", "•"},
	{"textdegree", "°"}, {"textemdash", "—"}, {"textendash", "–"}, {"textgreater", ">"},
	{"textless", "<"}, {"textregistered", "®"}, {"texttrademark", "™"}, {"theta", "θ"},
	{"times", "×"}, {"to", "→"}, {"top", "⊤"}, {"triangle", "△"}, {"uparrow", "↑"},
	{"upsilon", "υ"}, {"varepsilon", "ε"}, {"varnothing", "∅"}, {"varphi", "φ"},
	{"varpi", "ϖ"}, {"varrho", "ϱ"}, {"varsigma", "ς"}, {"vartheta", "ϑ"}, {"vdots", "⋮"},
	{"vee", "∨"}, {"vert", "|"}, {"wedge", "∧"}, {"xi", "ξ"}, {"zeta", "ζ"},
};

static int symbol_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct latex_symbol *)elem)->name);
}

const char *latex_symbol(const char *name)
{
	const struct latex_symbol *s =
		bsearch(name, symbols, sizeof symbols / sizeof symbols[0], sizeof symbols[0], symbol_cmp);
	return s ? s->text : NULL;
}

bool latex_symbols_sorted(void)
{
	for (size_t i = 1; i < sizeof symbols / sizeof symbols[0]; i++)
		if (strcmp(symbols[i - 1].name, symbols[i].name) >= 0)
			return false;
	return true;
}

/* Accent commands (\'e, \"o, \c{c}, \hat{x}, ...): the combining mark, and the precomposed
 * letters people actually meet, so "Schr\"odinger" becomes a searchable "Schrödinger". */
struct accent {
	const char *cmd;      /* "'", "\"", "c", "hat", ... */
	const char *combining; /* the combining mark (UTF-8) */
	const char *letters;  /* base letters ... */
	const char *const *composed; /* ... and what each one becomes */
};

static const char *const acute[] = {"á", "é", "í", "ó", "ú", "ý", "Á", "É", "Í", "Ó", "Ú", "Ý",
				    "ć", "ń", "ś", "ź", "Ć", "Ń", "Ś", "Ź"};
static const char *const grave[] = {"à", "è", "ì", "ò", "ù", "À", "È", "Ì", "Ò", "Ù"};
static const char *const circ[] = {"â", "ê", "î", "ô", "û", "Â", "Ê", "Î", "Ô", "Û"};
static const char *const uml[] = {"ä", "ë", "ï", "ö", "ü", "ÿ", "Ä", "Ë", "Ï", "Ö", "Ü"};
static const char *const tilde[] = {"ã", "ñ", "õ", "Ã", "Ñ", "Õ"};
static const char *const cedil[] = {"ç", "Ç", "ş", "Ş"};
static const char *const caron[] = {"č", "ě", "ň", "ř", "š", "ž", "Č", "Ě", "Ň", "Ř", "Š", "Ž"};
static const char *const ring[] = {"å", "ů", "Å", "Ů"};
static const char *const dhung[] = {"ő", "ű", "Ő", "Ű"};
static const char *const breve[] = {"ă", "ğ", "Ă", "Ğ"};
static const char *const macron[] = {"ā", "ē", "ī", "ō", "ū", "Ā", "Ē", "Ī", "Ō", "Ū"};
static const char *const dot[] = {"ż", "ė", "Ż", "İ"};

static const struct accent accents[] = {
	{"'", "\xCC\x81", "aeiouyAEIOUYcnszCNSZ", acute},
	{"`", "\xCC\x80", "aeiouAEIOU", grave},
	{"^", "\xCC\x82", "aeiouAEIOU", circ},
	{"\"", "\xCC\x88", "aeiouyAEIOU", uml},
	{"~", "\xCC\x83", "anoANO", tilde},
	{"c", "\xCC\xA7", "csCS", cedil},
	{"v", "\xCC\x8C", "cenrszCENRSZ", caron},
	{"r", "\xCC\x8A", "auAU", ring},
	{"H", "\xCC\x8B", "ouOU", dhung},
	{"u", "\xCC\x86", "agAG", breve},
	{"=", "\xCC\x84", "aeiouAEIOU", macron},
	{".", "\xCC\x87", "zeZI", dot},
	{"hat", "\xCC\x82", "", NULL},
	{"widehat", "\xCC\x82", "", NULL},
	{"bar", "\xCC\x84", "", NULL},
	{"overline", "\xCC\x85", "", NULL},
	{"tilde", "\xCC\x83", "", NULL},
	{"widetilde", "\xCC\x83", "", NULL},
	{"vec", "\xE2\x83\x97", "", NULL},
	{"dot", "\xCC\x87", "", NULL},
	{"ddot", "\xCC\x88", "", NULL},
	{"acute", "\xCC\x81", "", NULL},
	{"grave", "\xCC\x80", "", NULL},
	{"check", "\xCC\x8C", "", NULL},
	{"breve", "\xCC\x86", "", NULL},
};

bool latex_is_accent(const char *cmd)
{
	for (size_t i = 0; i < sizeof accents / sizeof accents[0]; i++)
		if (strcmp(accents[i].cmd, cmd) == 0)
			return true;
	return false;
}

void latex_accent_apply(const char *cmd, const char *base, struct strbuf *out)
{
	const struct accent *a = NULL;
	for (size_t i = 0; i < sizeof accents / sizeof accents[0]; i++)
		if (strcmp(accents[i].cmd, cmd) == 0)
			a = &accents[i];
	if (!a || str_empty(base)) {
		sb_add(out, base ? base : "");
		return;
	}
	if (base[1] == '\0' && base[0] != '\0') {
		const char *hit = strchr(a->letters, base[0]);
		if (hit && a->composed) {
			sb_add(out, a->composed[hit - a->letters]);
			return;
		}
	}
	if (strcmp(base, "\xC4\xB1") == 0) /* \i, the dotless i, under an accent is an i */
		base = "i";
	/* One character takes the combining mark; a longer argument is shown as it is. */
	size_t first = 1;
	while (base[first] && ((unsigned char)base[first] & 0xC0) == 0x80)
		first++;
	sb_add(out, base);
	if (base[first] == '\0')
		sb_add(out, a->combining);
}

/* Characters with a superscript / subscript form. */
static const char sup_from[] = "0123456789+-=()niabcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVW";
static const char *const sup_to[] = {
	"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁺", "⁻", "⁼", "⁽", "⁾", "ⁿ", "ⁱ",
	"ᵃ", "ᵇ", "ᶜ", "ᵈ", "ᵉ", "ᶠ", "ᵍ", "ʰ", "ʲ", "ᵏ", "ˡ", "ᵐ", "ᵒ", "ᵖ", "ʳ", "ˢ", "ᵗ",
	"ᵘ", "ᵛ", "ʷ", "ˣ", "ʸ", "ᶻ", "ᴬ", "ᴮ", "ᴰ", "ᴱ", "ᴳ", "ᴴ", "ᴵ", "ᴶ", "ᴷ", "ᴸ", "ᴹ",
	"ᴺ", "ᴼ", "ᴾ", "ᴿ", "ᵀ", "ᵁ", "ⱽ", "ᵂ",
};
_Static_assert(sizeof sup_from - 1 == sizeof sup_to / sizeof sup_to[0], "superscript table");
static const char sub_from[] = "0123456789+-=()aehijklmnoprstuvx";
static const char *const sub_to[] = {
	"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉", "₊", "₋", "₌", "₍", "₎", "ₐ", "ₑ",
	"ₕ", "ᵢ", "ⱼ", "ₖ", "ₗ", "ₘ", "ₙ", "ₒ", "ₚ", "ᵣ", "ₛ", "ₜ", "ᵤ", "ᵥ", "ₓ",
};

_Static_assert(sizeof sub_from - 1 == sizeof sub_to / sizeof sub_to[0], "subscript table");

bool latex_script(const char *s, bool super, struct strbuf *out)
{
	const char *from = super ? sup_from : sub_from;
	const char *const *to = super ? sup_to : sub_to;
	struct strbuf b = {0};

	if (str_empty(s))
		return false;
	for (const char *p = s; *p; p++) {
		const char *hit;
		if (*p == ' ')
			continue;
		if (strncmp(p, "−", strlen("−")) == 0) { /* a Unicode minus */
			hit = strchr(from, '-');
			p += strlen("−") - 1;
		} else if (strncmp(p, "⊤", strlen("⊤")) == 0 && super) { /* A^\top */
			hit = strchr(from, 'T');
			p += strlen("⊤") - 1;
		} else {
			hit = (unsigned char)*p < 0x80 ? strchr(from, *p) : NULL;
		}
		if (!hit) {
			sb_free(&b);
			return false;
		}
		sb_add(&b, to[hit - from]);
	}
	if (b.len)
		sb_add(out, b.s);
	sb_free(&b);
	return true;
}

/* \mathbb letters with a Unicode double-struck form. */
const char *latex_blackboard(const char *letter)
{
	static const struct latex_symbol bb[] = {
		{"C", "ℂ"}, {"E", "𝔼"}, {"H", "ℍ"}, {"N", "ℕ"}, {"P", "ℙ"}, {"Q", "ℚ"},
		{"R", "ℝ"}, {"Z", "ℤ"}, {"1", "𝟙"},
	};
	for (size_t i = 0; i < sizeof bb / sizeof bb[0]; i++)
		if (strcmp(bb[i].name, letter) == 0)
			return bb[i].text;
	return NULL;
}
