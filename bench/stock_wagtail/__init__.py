"""A stock Wagtail site: the reference Nashra's cache-miss speed is measured against.

Issue #6 asks that a Nashra cache miss be at least 3× as fast as "a stock Wagtail page
of the same content", measured in the same ``make bench`` run. This package is that
stock site: what a developer gets by following the Wagtail tutorial (``wagtail start``
settings and middleware, SQLite, ``DEBUG = False``): HomePage → SectionPage →
ArticlePage, a base template with the section nav (``get_children.live.in_menu``) and a
breaking ticker, and an article template that also lists more from the section and the
latest stories, as Nashra's article page does. No tuning at all: no page cache, no
prefetching, no custom serving.

``bench/run.py`` points ``STOCK_WAGTAIL_DIR`` at a temporary directory (database and
media), migrates, loads every live story of the measured Nashra edition
(``load_articles``), and serves ``stock_wagtail.wsgi:application`` with the same granian
settings as Nashra. It is a benchmark fixture, not part of the product.
"""
