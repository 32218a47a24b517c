<div class="mb-4 flex gap-3 border-b border-gray-100 pb-4"><img alt="" class="h-8 w-8 flex-none rounded-full" src="{{avatar}}" crossorigin="anonymous">
				<div class="min-w-0 flex-1"><div class="flex items-center gap-2 text-sm"><a class="font-semibold hover:underline" href="/{{user}}">{{user}}</a>
						<span class="text-gray-400">{{when}}</span></div>
					<div class="prose mt-1 text-gray-700 dark:text-gray-300"><p>{{text}}</p></div></div></div>
			
