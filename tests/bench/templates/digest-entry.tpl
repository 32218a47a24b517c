<article class="entry" id="entry-{{n}}">
  <div class="entry-abstract"><p>{{abstract}}</p></div>
  <div class="entry-meta">
    <p><strong>Primary:</strong> {{primary}}</p>
    {{all_line}}
  </div>
  <section class="review"><h3>TL;DR</h3><p>{{tldr}}</p></section>
  <section class="review"><h3>Methodology</h3><p>{{methodology}}</p></section>
  <section class="review"><h3>Experiments</h3><p>{{experiments}}</p></section>
  <section class="review"><h3>Reproducibility</h3><p>{{reproducibility}}</p></section>
  <section class="review"><h3>Limitations</h3><p>{{limitations}}</p></section>
  <section class="review"><h3>Broader Impact</h3><p>{{impact}}</p></section>
</article>
