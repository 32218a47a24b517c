<div><article class="relative flex flex-col overflow-hidden rounded-xl border"><a href="/papers/{{id}}" class="shadow-alternate-sm peer relative block h-56 w-full cursor-pointer overflow-hidden rounded-xl border bg-white dark:border-gray-700 md:h-64"><img src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{{id}}.png" alt="" class="h-full w-full object-cover object-top opacity-80 dark:opacity-70 dark:invert">
							</a>

						<div class="pointer-events-none absolute right-2 top-56 -mt-8 flex h-6 items-center gap-1 self-end whitespace-nowrap rounded-md border bg-white px-2 text-xs leading-none text-gray-700 shadow-sm dark:bg-gray-900 dark:text-gray-400 sm:text-sm md:top-64">Submitted by
							<img alt="" class="w-2.5 h-2.5 rounded-full  flex-none" src="https://cdn-avatars.huggingface.co/v1/production/uploads/1674929746905-60f1abe7544c2adfd699860c.jpeg" crossorigin="anonymous">
								{{submitter}}</div>

						

						<div class="from-gray-50-to-white -mt-2 flex bg-gradient-to-b px-6 pb-6 pt-8"><div class="flex w-full gap-6"><div class="flex flex-wrap items-center gap-2.5 pt-1 "><a href="/login?next=%2Fpapers%2F{{id}}" class="self-start">

<div class="shadow-alternate flex h-14 w-12 gap-1 rounded-xl flex-none cursor-pointer select-none flex-col items-center justify-center self-start border-gray-300 bg-white dark:bg-gray-850"><input disabled type="checkbox"  class="peer hidden">
		<svg class="text-sm peer-checked:text-gray-500 group-hover:text-gray-500" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 12 12"><path fill="currentColor" d="M5.19 2.67a.94.94 0 0 1 1.62 0l3.31 5.72a.94.94 0 0 1-.82 1.4H2.7a.94.94 0 0 1-.82-1.4l3.31-5.7v-.02Z"></path></svg>
		<div class="leading-none">{{upvotes}}</div></div></a>
	</div>




								<div class="w-full"><h3 class="mb-1 text-lg/6 font-semibold hover:underline peer-hover:underline 2xl:text-[1.2rem]/6"><a href="/papers/{{id}}" class="line-clamp-3 cursor-pointer text-balance">{{title}}</a></h3>
									<div class="flex items-center justify-between"><a href="/papers/{{id}}" class="flex"><ul class="flex items-center  flex-row-reverse   text-sm  ">{{avatars}}

		<li class="text-gray-600 hover:text-gray-700 order-first ml-3"><div class="flex truncate text-base text-gray-350"><div class="ml-1 mr-2.5">·</div>
													{{author_count}} authors
												</div>
											</li></ul></a>
										<a href="/papers/{{id}}#community" class="text-md flex items-center gap-2 text-gray-400"><svg class="" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"></path></svg>
												{{comments}}
											</a></div>
								</div></div>
						</div></article>
				</div>
				