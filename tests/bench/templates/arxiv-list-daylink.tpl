<li>
        <a href="https://arxiv.org/list/{{archive}}/recent?skip={{skip}}&amp;show=1000">
          {{day}}
        </a>
      </li>