<dt>
      <a name="item{{n}}">[{{n}}]</a>
      <a href="https://arxiv.org/abs/{{id}}" title="Abstract" id="{{id}}">
        arXiv:{{id}}
      </a>
      {{crosslist}}
        [<a href="https://arxiv.org/pdf/{{id}}" title="Download PDF" id="pdf-{{id}}" aria-labelledby="pdf-{{id}}">pdf</a>, <a href="https://arxiv.org/html/{{id}}v1" title="View HTML" id="html-{{id}}" aria-labelledby="html-{{id}}" rel="noopener noreferrer" target="_blank">html</a>, <a href="https://arxiv.org/format/{{id}}" title="Other formats" id="oth-{{id}}" aria-labelledby="oth-{{id}}">other</a>]
    </dt>
    <dd>
      <div class="meta">
        <div class="list-title mathjax"><span class="descriptor">Title:</span>
          {{title}}
        </div>
        <div class="list-authors">{{authors}}</div>

        {{comments_div}}


        <div class="list-subjects"><span class="descriptor">Subjects:</span>
          {{subjects}}
        </div>

      </div>
    </dd>
    