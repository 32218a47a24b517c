</main>
<footer>
<p>Reviews are written for readers deciding what to read; they are not peer review. Institutions are taken from the papers' author lists.</p>
<p><a href="/weekly/{{prev_week}}">Previous week</a> &middot; <a href="/archive">All weeks</a> &middot; <a href="/about#contact">Contact</a></p>
</footer>
</body>
</html>
