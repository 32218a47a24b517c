  <li class="arxiv-result">
    <div class="is-marginless">
      <p class="list-title is-inline-block"><a href="https://arxiv.org/abs/{{id}}">arXiv:{{id}}</a>
        <span>&nbsp;[<a href="https://arxiv.org/pdf/{{id}}">pdf</a>, <a href="https://arxiv.org/ps/{{id}}">ps</a>, <a href="https://arxiv.org/format/{{id}}">other</a>]&nbsp;</span>
      </p>
      <div class="tags is-inline-block">
        {{tags}}
        </div>
      
    </div>
    
    <p class="title is-5 mathjax">
      
        {{title}}
      
    </p>
    <p class="authors">
      <span class="has-text-black-bis has-text-weight-semibold">Authors:</span>
      
      {{authors}}
      
    </p>
    
    <p class="abstract mathjax">
      <span class="search-hit">Abstract</span>:
      <span class="abstract-short has-text-grey-dark mathjax" id="{{id}}v1-abstract-short" style="display: inline;">
        {{abstract_short}}
        <a class="is-size-7" style="white-space: nowrap;" onclick="document.getElementById('{{id}}v1-abstract-full').style.display = 'inline'; document.getElementById('{{id}}v1-abstract-short').style.display = 'none';">&#9661; More</a>
      </span>
      <span class="abstract-full has-text-grey-dark mathjax" id="{{id}}v1-abstract-full" style="display: none;">
        {{abstract_full}}
        <a class="is-size-7" style="white-space: nowrap;" onclick="document.getElementById('{{id}}v1-abstract-full').style.display = 'none'; document.getElementById('{{id}}v1-abstract-short').style.display = 'inline';">&#9651; Less</a>
      </span>
    </p>
    

    <p class="is-size-7"><span class="has-text-black-bis has-text-weight-semibold">Submitted</span> {{submitted}}; 
      <span class="has-text-black-bis has-text-weight-semibold">originally announced</span> {{announced}}.
      
    </p>
    
    {{comments_p}}
    

    

    
  </li>

