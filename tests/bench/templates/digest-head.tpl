<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Weekly digest: {{range}}</title>
<meta name="description" content="The week's most notable machine learning papers, each with a reviewer's notes.">
<link rel="stylesheet" href="/static/css/site.css?v=3.4.1">
<link rel="alternate" type="application/rss+xml" title="Weekly digest" href="/weekly/feed.xml">
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1f2328; }
  .topbar { display: flex; gap: 1.5em; padding: .8em 2em; border-bottom: 1px solid #d0d7de; }
  main { max-width: 52em; margin: 0 auto; padding: 1em 2em; }
  .entry { margin: 2.5em 0; padding-bottom: 2em; border-bottom: 1px solid #eaeef2; }
  .entry-meta p { margin: .2em 0; font-size: .92em; }
  .review h3 { font-size: 1em; margin: 1.2em 0 .3em; text-transform: uppercase; letter-spacing: .04em; }
  footer { padding: 2em; font-size: .85em; color: #57606a; border-top: 1px solid #d0d7de; }
</style>
<script>window.digestConfig = {"week": "{{week}}", "entries": {{count}}, "theme": "light"};</script>
</head>
<body>
<nav class="topbar"><a href="/">Home</a> <a href="/weekly">Weekly</a> <a href="/archive">Archive</a> <a href="/about">About</a> <a href="/weekly/feed.xml">RSS</a></nav>
<main>
<h1 class="range">{{range}}</h1>
<p class="intro">{{count}} papers this week, picked from the week's arXiv submissions and read in full by our reviewers.</p>
