"""Admin wiring: the «التعليقات» menu item and queue, and per-edition comment settings."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import ModerationQueueView, moderated_editions
from .models import ArticleCommentSettings, CommentSettings


class CommentsMenuItem(MenuItem):
    def is_shown(self, request):
        return moderated_editions(request.user).exists()


@hooks.register("register_admin_urls")
def register_comment_urls():
    return [path("comments/", ModerationQueueView.as_view(), name="nashra_comments_queue")]


@hooks.register("register_admin_menu_item")
def register_comments_menu_item():
    return CommentsMenuItem(gettext_lazy("التعليقات"), reverse("nashra_comments_queue"), icon_name="comment", order=120)


class CommentSettingsViewSet(SnippetViewSet):
    model = CommentSettings
    icon = "cog"
    menu_label = gettext_lazy("إعدادات التعليقات")
    list_display = ["edition", "mode", "max_length", "close_after_days", "use_starter_words"]

    def get_queryset(self, request):
        return CommentSettings.objects.filter(edition__in=moderated_editions(request.user))


class ArticleCommentSettingsViewSet(SnippetViewSet):
    model = ArticleCommentSettings
    icon = "comment"
    menu_label = gettext_lazy("تعليقات خبر بعينه")
    list_display = ["article", "mode"]

    def get_queryset(self, request):
        return ArticleCommentSettings.objects.filter(article__edition__in=moderated_editions(request.user))


register_snippet(CommentSettingsViewSet)
register_snippet(ArticleCommentSettingsViewSet)
