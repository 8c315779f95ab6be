"""Wire editorial events to :mod:`.purge` (connected in ``DeliveryConfig.ready``)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import purge

_OLD = "_delivery_old"


def _is_article(instance) -> bool:
    from nashra.articles.models import ArticlePage

    return isinstance(instance, ArticlePage)


def _is_structural(instance) -> bool:
    from nashra.articles.models import EditionHomePage, SectionPage

    return isinstance(instance, SectionPage | EditionHomePage)


def _edition_id_of(page):
    from nashra.articles.models import EditionHomePage, edition_id_for_home

    if isinstance(page, EditionHomePage):
        return edition_id_for_home(page)
    return getattr(page, "edition_id", None)


def remember_article_state(sender, instance, raw=False, **kwargs):
    """Before an article is saved: its URL, section and ticker state as the site shows them now."""
    if raw or not instance.pk:
        return
    row = (
        sender.objects.filter(pk=instance.pk)
        .values_list("url_path", "section_id", "edition_id", "is_breaking", "live")
        .first()
    )
    if row and not hasattr(instance, _OLD):
        setattr(instance, _OLD, row)


def on_published(sender, instance, **kwargs):
    if _is_article(instance):
        old = getattr(instance, _OLD, None)
        if old is not None:
            delattr(instance, _OLD)
        purge.purge_article(
            instance,
            old_url_path=old[0] if old else None,
            old_section_id=old[1] if old else None,
            old_edition_id=old[2] if old else None,
            was_breaking=bool(old and old[3] and old[4]),
        )
    elif _is_structural(instance):
        purge.purge_edition_by_id(_edition_id_of(instance))


def on_unpublished(sender, instance, **kwargs):
    if _is_article(instance):
        purge.purge_article_everywhere(instance)
    elif _is_structural(instance):
        purge.purge_edition_by_id(_edition_id_of(instance))


def on_deleted(sender, instance, **kwargs):
    if _is_article(instance):
        if instance.live:
            purge.purge_article_everywhere(instance)
    elif _is_structural(instance):
        purge.purge_edition_by_id(getattr(instance, "edition_id", None))


def on_moved(sender, instance, parent_page_before=None, parent_page_after=None, url_path_before=None,
             url_path_after=None, **kwargs):
    instance = instance.specific
    if _is_article(instance):
        if not instance.live:
            return
        if url_path_after:
            instance.url_path = url_path_after
        before = parent_page_before.specific if parent_page_before is not None else None
        after = parent_page_after.specific if parent_page_after is not None else None
        # A move does not go through ArticlePage.save(): section/edition may still be the old ones.
        new_edition_id = getattr(after, "edition_id", None)
        if new_edition_id and new_edition_id != instance.edition_id:
            purge.purge_edition_by_id(new_edition_id)
        purge.purge_article(
            instance,
            old_url_path=url_path_before,
            old_section_id=getattr(before, "pk", None),
            old_edition_id=getattr(before, "edition_id", None),
            new_section_id=getattr(after, "pk", None),
        )
    elif _is_structural(instance):
        purge.purge_edition_by_id(_edition_id_of(instance))


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


def on_edition_content_saved(sender, instance, raw=False, **kwargs):
    """A daily-service entry of one edition (today's horoscope on its home page) changed."""
    if not raw:
        purge.purge_edition_by_id(getattr(instance, "edition_id", None))


def on_article_comment_override_saved(sender, instance, raw=False, **kwargs):
    """Comments opened or closed on one article: its page shows the form or «مغلقة»."""
    if raw:
        return
    from nashra.articles.models import ArticlePage

    article = ArticlePage.objects.filter(pk=instance.article_id).first()
    if article is not None:
        purge.purge_article_comments(article)


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


def connect() -> None:
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site

    from nashra.articles.models import ArticlePage, EditionHomePage, SectionPage
    from nashra.editions.models import Edition, HijriMonthStart, NetworkSettings

    pre_save.connect(remember_article_state, sender=ArticlePage, dispatch_uid="delivery-article-state")
    page_published.connect(on_published, dispatch_uid="delivery-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="delivery-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="delivery-moved")
    for model in (ArticlePage, SectionPage, EditionHomePage):
        post_delete.connect(on_deleted, sender=model, dispatch_uid=f"delivery-deleted-{model.__name__}")
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
        ("horoscopes", "DailyHoroscope", on_edition_content_saved),
    ):
        try:
            model = apps.get_model(label, model_name)
        except LookupError:
            continue
        post_save.connect(handler, sender=model, dispatch_uid=f"delivery-{model_name}")
        post_delete.connect(handler, sender=model, dispatch_uid=f"delivery-{model_name}-deleted")
