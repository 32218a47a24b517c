<div class="SVELTE_HYDRATER contents" data-target="PaperContent" data-props="{{props}}"><section class="pt-8 border-gray-100 md:pb-8 lg:pb-12 md:pt-10"><div class="container"><div class="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-gray-500"><a href="https://arxiv.org/abs/{{id}}" class="btn inline-flex h-8 items-center gap-1.5 px-3 text-sm"><svg class="mr-1.5 text-gray-400" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" focusable="false" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 32 32"><path d="M25.7 9.3l-7-7A.908.908 0 0 0 18 2H8a2.006 2.006 0 0 0-2 2v24a2.006 2.006 0 0 0 2 2h16a2.006 2.006 0 0 0 2-2V10a.908.908 0 0 0-.3-.7zM18 4.4l5.6 5.6H18zM24 28H8V4h8v6a2.006 2.006 0 0 0 2 2h6z" fill="currentColor"></path></svg>arXiv:{{id}}</a>
			<a href="https://arxiv.org/pdf/{{id}}" class="btn inline-flex h-8 items-center gap-1.5 px-3 text-sm"><svg class="mr-1.5 text-gray-400" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" focusable="false" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 32 32"><path d="M26 24v4H6v-4H4v4a2 2 0 0 0 2 2h20a2 2 0 0 0 2-2v-4zm0-10l-1.41-1.41L17 20.17V2h-2v18.17l-7.59-7.58L6 14l10 10l10-10z"></path></svg>PDF</a>
			{{code_link}}
			<div class="flex items-center gap-2"><span>Published on {{published_human}}</span></div>
			{{submitted_line}}</div>
		<h1 class="mb-2 text-2xl font-semibold sm:text-3xl lg:pr-6 lg:text-3xl xl:pr-10 2xl:text-4xl">{{title}}</h1>
		<div class="mb-6 flex flex-wrap gap-x-1 gap-y-0.5 text-gray-600 dark:text-gray-400 lg:pr-6 xl:pr-10">Authors:
			{{author_spans}}</div>
		{{org_line}}
		<div class="flex flex-wrap gap-2 md:gap-4"><div class="SVELTE_HYDRATER contents" data-target="UpvoteControl" data-props="{&quot;upvoted&quot;:false,&quot;upvotes&quot;:{{upvotes}},&quot;paperId&quot;:&quot;{{id}}&quot;}"><div class="shadow-alternate flex h-9 cursor-pointer select-none items-center gap-2 rounded-lg border pl-3 pr-3.5 border-gray-300 bg-white dark:bg-gray-850"><input disabled type="checkbox" class="peer hidden">
		<svg class="text-sm peer-checked:text-gray-500 group-hover:text-gray-500" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 12 12"><path fill="currentColor" d="M5.19 2.67a.94.94 0 0 1 1.62 0l3.31 5.72a.94.94 0 0 1-.82 1.4H2.7a.94.94 0 0 1-.82-1.4l3.31-5.7v-.02Z"></path></svg>
		<div class="font-semibold text-orange-500">Upvote</div>
		<div class="font-semibold">{{upvotes}}</div></div></div></div></div></section>
	<section class="container grid grid-cols-1 gap-8 md:grid-cols-12 md:gap-4"><div class="pb-8 pr-4 md:col-span-7 md:pr-16"><div class="pb-8 pr-4 md:pr-16"><h2 class="mb-2 text-xl font-semibold">Abstract</h2>
			{{ai_summary_block}}
			<p class="text-gray-600">{{abstract}}</p></div>
		{{keyword_block}}
		<div class="mb-10"><h3 class="mb-3 flex items-center text-lg font-semibold"><svg class="mr-1.5 text-gray-400" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" focusable="false" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 32 32"><path d="M17.74 30L16 29l4-7h6a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h9v2H6a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4h20a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4h-4.84z" fill="currentColor"></path></svg>Community</h3>
			{{comment_blocks}}</div></div>
		<div class="md:col-span-5"><div class="mb-8"><h2 class="mb-3 text-lg font-semibold">Models citing this paper <span class="ml-1 text-sm text-gray-400">{{n_models}}</span></h2>
				<p class="text-sm text-gray-500">No model linking this paper</p>
				<p class="text-sm text-gray-500">Cite arxiv.org/abs/{{id}} in a model README.md to link it from this page.</p></div>
			<div class="mb-8"><h2 class="mb-3 text-lg font-semibold">Datasets citing this paper <span class="ml-1 text-sm text-gray-400">0</span></h2>
				<p class="text-sm text-gray-500">No dataset linking this paper</p>
				<p class="text-sm text-gray-500">Cite arxiv.org/abs/{{id}} in a dataset README.md to link it from this page.</p></div>
			<div class="mb-8"><h2 class="mb-3 text-lg font-semibold">Spaces citing this paper <span class="ml-1 text-sm text-gray-400">0</span></h2>
				<p class="text-sm text-gray-500">No Space linking this paper</p>
				<p class="text-sm text-gray-500">Cite arxiv.org/abs/{{id}} in a Space README.md to link it from this page.</p></div>
			<div class="mb-8"><h2 class="mb-3 text-lg font-semibold">Collections including this paper <span class="ml-1 text-sm text-gray-400">{{n_collections}}</span></h2>
				<p class="text-sm text-gray-500">Add this paper to a <a class="underline" href="/collections">collection</a> to link it from this page.</p></div></div></section></div>
