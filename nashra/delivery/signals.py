"""Wire editorial events to :mod:`.purge` (connected in ``DeliveryConfig.ready``).

Content changes arrive as :mod:`nashra.core.events` (articles, sections, imports, daily
services); the settings and models only delivery cares about (editions, Sites, view
restrictions, renditions, comments and comment and feed settings) through Django's model signals.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from nashra.core import events

from . import purge


def on_article_published(event: events.ArticlePublished) -> None:
    purge.purge_article(
        event.article,
        old_url_path=event.old_url_path,
        old_section_id=event.old_section_id,
        old_edition_id=event.old_edition_id,
        was_breaking=event.was_breaking,
    )


def on_article_moved(event: events.ArticleMoved) -> None:
    article = event.article
    if event.old_edition_id and event.old_edition_id != article.edition_id:
        purge.purge_edition_by_id(article.edition_id)  # its lists and ticker gain a story
    purge.purge_article(
        article,
        old_url_path=event.old_url_path,
        old_section_id=event.old_section_id,
        old_edition_id=event.old_edition_id,
        new_section_id=event.new_section_id,
    )


def on_article_withdrawn(event: events.ArticleWithdrawn) -> None:
    if event.was_live:
        purge.purge_article_everywhere(event.article)


def on_structure_changed(event: events.StructureChanged) -> None:
    purge.purge_edition_by_id(event.edition_id)  # navigation is on every page
    if event.old_edition_id:
        purge.purge_edition_by_id(event.old_edition_id)


def on_articles_imported(event: events.ArticlesImported) -> None:
    purge.purge_after_import(event.edition, event.article_ids)


def on_edition_content_changed(event: events.EditionContentChanged) -> None:
    purge.purge_edition_by_id(event.edition_id)  # the home slot and the header show the services


def on_picks_changed(event: events.PicksChanged) -> None:
    purge.purge_picks(event.edition_id, event.section_id)


def on_live_blog_changed(event: events.LiveBlogChanged) -> None:
    """The blog's pages (every ``?before=`` page with it), its update channel and the edition's API."""
    blog = event.blog
    slug = purge.edition_slug(getattr(blog, "edition_id", None))
    path, root_url = purge.site_path(blog.url_path)
    if slug and path:
        purge.purge_api(slug)
        # The news sitemap lists the blog while it is live.
        purge.purge_paths(slug, [path, path + "updates/", path + "feed/", "/sitemaps/news.xml"], root_url)


def on_network_content_changed(event: events.NetworkContentChanged) -> None:
    purge.purge_all_editions()  # the footer is on every page of every edition


def on_edition_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    purge.purge_network_fragments()  # every edition's footer lists the editions
    purge.purge_edition(instance.slug)


def on_edition_deleted(sender, instance, **kwargs):
    purge.purge_network_fragments()


def on_hijri_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        purge.purge_edition_by_id(instance.edition_id)


def on_site_saved(sender, instance, raw=False, **kwargs):
    purge.purge_network_fragments()  # the footer links every edition's root URL
    edition = getattr(instance, "edition", None) if instance.pk else None
    if edition is not None:
        purge.purge_edition(edition.slug)


def on_edition_setting_saved(sender, instance, raw=False, **kwargs):
    """Feed or comment settings of one edition: its pages (JSON-LD publisher, comment form) and,
    for the hreflang of its copies shown by other editions, the network fragments."""
    if not raw:
        purge.purge_network_fragments()
        purge.purge_edition_by_id(getattr(instance, "edition_id", None))


def on_article_comment_override_saved(sender, instance, raw=False, **kwargs):
    """Comments opened or closed on one article: its page shows the form or «مغلقة»."""
    if raw:
        return
    from nashra.articles.models import ArticlePage

    article = ArticlePage.objects.filter(pk=instance.article_id).first()
    if article is not None:
        purge.purge_article_comments(article)
    else:
        purge.purge_article_parts(instance.article_id)


def on_comment_saved(sender, instance, raw=False, created=False, **kwargs):
    """A comment changed: the article's kept comments section (``{% comment_section %}``) is dropped
    now and again after the commit, so the next render reads the rows (the page itself is purged by
    ``comments.services`` once a moderation commits). A new comment held for review shows nowhere."""
    if raw or (created and instance.status != sender.APPROVED):
        return
    purge.purge_article_parts(instance.article_id)


def on_comment_deleted(sender, instance, **kwargs):
    """A shown comment deleted (no moderation step tells the page): the article page and its parts."""
    if instance.status != sender.APPROVED:
        return
    from nashra.articles.models import ArticlePage

    article = ArticlePage.objects.filter(pk=instance.article_id).first()
    if article is not None:
        purge.purge_article_comments(article)
    else:  # deleted with its article, which purges its edition
        purge.purge_article_parts(instance.article_id)


def on_view_restriction_changed(sender, instance, **kwargs):
    """Privacy set on or taken off a page: the pages' «no restrictions anywhere» answer is stale."""
    purge.purge_network_fragments()


def on_rendition_deleted(sender, instance, **kwargs):
    """An image changed (Wagtail drops its renditions): cached cards may name a deleted file."""
    purge.purge_all_fragments()


def on_network_settings_saved(sender, instance, raw=False, created=False, **kwargs):
    # ``created``: the first page view creates the row with the defaults it already shows.
    if not raw and not created:
        purge.purge_all_editions()


def on_data_replaced(event: events.DataReplaced) -> None:
    """A restore: everything any edition showed, and what removed editions showed, is stale."""
    purge.purge_all_editions()
    for slug in event.removed_editions:
        purge.purge_edition(slug)


def connect() -> None:
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site

    from nashra.editions.models import Edition, HijriMonthStart, NetworkSettings

    events.subscribe(events.ArticlePublished, on_article_published)
    events.subscribe(events.ArticleMoved, on_article_moved)
    events.subscribe(events.ArticleWithdrawn, on_article_withdrawn)
    events.subscribe(events.StructureChanged, on_structure_changed)
    events.subscribe(events.ArticlesImported, on_articles_imported)
    events.subscribe(events.EditionContentChanged, on_edition_content_changed)
    events.subscribe(events.NetworkContentChanged, on_network_content_changed)
    events.subscribe(events.DataReplaced, on_data_replaced)
    events.subscribe(events.PicksChanged, on_picks_changed)
    events.subscribe(events.LiveBlogChanged, on_live_blog_changed)
    post_save.connect(on_edition_saved, sender=Edition, dispatch_uid="delivery-edition")
    post_save.connect(on_hijri_saved, sender=HijriMonthStart, dispatch_uid="delivery-hijri")
    post_save.connect(on_site_saved, sender=Site, dispatch_uid="delivery-site")
    post_save.connect(on_network_settings_saved, sender=NetworkSettings, dispatch_uid="delivery-network")
    post_delete.connect(on_edition_deleted, sender=Edition, dispatch_uid="delivery-edition-deleted")
    post_delete.connect(on_edition_deleted, sender=Site, dispatch_uid="delivery-site-deleted")
    for signal in (post_save, post_delete):
        signal.connect(on_view_restriction_changed, sender=PageViewRestriction,
                       dispatch_uid=f"delivery-view-restriction-{signal is post_save}")
    post_delete.connect(on_rendition_deleted, sender=get_image_model().get_rendition_model(),
                        dispatch_uid="delivery-rendition-deleted")
    # Soft dependencies: what other apps keep that the pages (and their shared fragments) show.
    for label, model_name, handler in (
        ("syndication", "EditionFeedSettings", on_edition_setting_saved),
        ("nashra_comments", "CommentSettings", on_edition_setting_saved),
        ("nashra_comments", "ArticleCommentSettings", on_article_comment_override_saved),
    ):
        try:
            model = apps.get_model(label, model_name)
        except LookupError:
            continue
        post_save.connect(handler, sender=model, dispatch_uid=f"delivery-{model_name}")
        post_delete.connect(handler, sender=model, dispatch_uid=f"delivery-{model_name}-deleted")
    try:
        comment = apps.get_model("nashra_comments", "Comment")
    except LookupError:
        return
    post_save.connect(on_comment_saved, sender=comment, dispatch_uid="delivery-Comment")
    post_delete.connect(on_comment_deleted, sender=comment, dispatch_uid="delivery-Comment-deleted")
