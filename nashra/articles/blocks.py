"""The editor blocks of an article's «وسائط ومكوّنات» stream: gallery, video, embed, pull quote, related stories.

They live beside the body text (``ArticlePage.extras``), not inside it: the body stays the plain HTML
the importer, search, feeds and the API already read. Each block may say after which paragraph of the
text it is shown (``after_paragraph``; empty: after the text) — see ``templatetags/rich_blocks.py``.

Every check here gives the editor an Arabic message next to the block, never a server error.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from . import embeds

MAX_GALLERY_IMAGES = 100
MAX_RELATED = 3
VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


def _placement():
    return blocks.IntegerBlock(
        required=False, min_value=0, max_value=500, label=gettext_lazy("بعد الفقرة رقم"),
        help_text=gettext_lazy("اتركه فارغًا ليظهر بعد نص الخبر؛ 0 قبل الفقرة الأولى."),
    )


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=gettext_lazy("الصورة"))
    caption = blocks.CharBlock(required=False, max_length=300, label=gettext_lazy("التعليق"))
    credit = blocks.CharBlock(required=False, max_length=150, label=gettext_lazy("المصدر / المصوّر"))

    class Meta:
        icon = "image"
        label = gettext_lazy("صورة")


class GalleryImagesBlock(blocks.ListBlock):
    """The gallery's pictures: between 1 and :data:`MAX_GALLERY_IMAGES`, counted before anything else is
    checked (500 pictures are refused at once, without reading each)."""

    def clean(self, value):
        count = len(self.normalize(value))
        if count == 0:
            raise blocks.ListBlockValidationError(non_block_errors=ErrorList([
                ValidationError(_("أضف صورة واحدة على الأقل إلى معرض الصور."))]))
        if count > MAX_GALLERY_IMAGES:
            raise blocks.ListBlockValidationError(non_block_errors=ErrorList([ValidationError(
                _("معرض الصور يتسع لـ %(limit)d صورة على الأكثر، وفيه %(count)d؛ قسّمه إلى أكثر من معرض.")
                % {"limit": MAX_GALLERY_IMAGES, "count": count})]))
        return super().clean(value)


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=gettext_lazy("عنوان المعرض"))
    images = GalleryImagesBlock(GalleryImageBlock(), label=gettext_lazy("الصور"))
    after_paragraph = _placement()

    class Meta:
        icon = "image"
        label = gettext_lazy("معرض صور")
        template = "articles/blocks/gallery.html"


def _document_extension(document) -> str:
    return (document.file_extension or "").lower() if document is not None else ""


def _head(document, size=16) -> bytes:
    try:
        with document.file.open("rb") as handle:
            return handle.read(size)
    except (OSError, ValueError):
        return b""


def video_max_bytes() -> int:
    return int(getattr(settings, "NASHRA_VIDEO_MAX_MB", 200)) * 1024 * 1024


def check_video_file(document) -> None:
    """An MP4 or WebM by its bytes (not its name) and under the size limit."""
    extension = _document_extension(document)
    head = _head(document)
    is_mp4 = extension == "mp4" and head[4:8] == b"ftyp"
    is_webm = extension == "webm" and head[:4] == b"\x1a\x45\xdf\xa3"
    if not (is_mp4 or is_webm):
        raise ValidationError(_("ملف الفيديو يجب أن يكون MP4 أو WebM صالحًا (يُحكم على النوع من المحتوى)."))
    try:
        size = document.file.size
    except (OSError, ValueError):
        size = 0
    if size > video_max_bytes():
        raise ValidationError(_("ملف الفيديو أكبر من الحد المسموح (%(mb)d ميغابايت).")
                              % {"mb": video_max_bytes() // (1024 * 1024)})


def check_captions_file(document) -> None:
    if _document_extension(document) != "vtt" or not _head(document, 10).lstrip(b"\xef\xbb\xbf").startswith(
            b"WEBVTT"):
        raise ValidationError(_("ملف الترجمة يجب أن يكون بصيغة WebVTT (‎.vtt‎)."))


class VideoBlock(blocks.StructBlock):
    """A video file kept by the newsroom (Wagtail documents), played by the reader's browser."""

    title = blocks.CharBlock(max_length=200, label=gettext_lazy("عنوان الفيديو"))
    video = DocumentChooserBlock(label=gettext_lazy("ملف الفيديو (MP4 أو WebM)"))
    poster = ImageChooserBlock(label=gettext_lazy("صورة الغلاف"))
    captions = DocumentChooserBlock(required=False, label=gettext_lazy("ملف الترجمة (WebVTT)"))
    caption = blocks.CharBlock(required=False, max_length=300, label=gettext_lazy("التعليق"))
    after_paragraph = _placement()

    class Meta:
        icon = "media"
        label = gettext_lazy("فيديو")
        template = "articles/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        for name, check in (("video", check_video_file), ("captions", check_captions_file)):
            if value.get(name) is not None:
                try:
                    check(value[name])
                except ValidationError as error:
                    errors[name] = ErrorList([error])
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class EmbedURLBlock(blocks.CharBlock):
    """A video URL on a supported platform (:mod:`.embeds`), refused with the reason otherwise."""

    def clean(self, value):
        value = super().clean(value)
        try:
            embeds.parse(value)
        except embeds.EmbedError as error:
            raise ValidationError(str(error)) from None
        return value.strip()


class EmbedValue(blocks.StructValue):
    @cached_property
    def embed(self):
        """The parsed embed (None for a URL saved before a platform changed its format: shown as nothing)."""
        try:
            return embeds.parse(self.get("url"))
        except embeds.EmbedError:
            return None


class EmbedBlock(blocks.StructBlock):
    """A video on YouTube, Facebook, X or TikTok, shown as a click-to-load facade."""

    url = EmbedURLBlock(max_length=embeds.MAX_URL_LENGTH, label=gettext_lazy("رابط الفيديو"),
                        help_text=gettext_lazy("يوتيوب أو فيسبوك أو إكس أو تيك توك"))
    title = blocks.CharBlock(max_length=200, label=gettext_lazy("عنوان الفيديو"))
    poster = ImageChooserBlock(
        required=False, label=gettext_lazy("صورة الغلاف"),
        help_text=gettext_lazy("لا تُجلب صورة من المنصة؛ بدونها يظهر غلاف مرسوم من موقعنا."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=gettext_lazy("التعليق"))
    after_paragraph = _placement()

    class Meta:
        icon = "media"
        label = gettext_lazy("فيديو من منصة")
        template = "articles/blocks/embed.html"
        value_class = EmbedValue


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=400, label=gettext_lazy("الاقتباس"))
    attribution = blocks.CharBlock(required=False, max_length=150, label=gettext_lazy("القائل"))
    after_paragraph = _placement()

    class Meta:
        icon = "openquote"
        label = gettext_lazy("اقتباس بارز")
        template = "articles/blocks/pull_quote.html"


class RelatedArticlesBlock(blocks.ListBlock):
    def clean(self, value):
        count = len(self.normalize(value))
        if count == 0 or count > MAX_RELATED:
            raise blocks.ListBlockValidationError(non_block_errors=ErrorList([ValidationError(
                _("اختر من خبر واحد إلى %(limit)d أخبار.") % {"limit": MAX_RELATED})]))
        return super().clean(value)


class RelatedStoriesBlock(blocks.StructBlock):
    """Up to three stories of the same edition (checked by the page form: a block does not know its page)."""

    title = blocks.CharBlock(required=False, max_length=100, label=gettext_lazy("العنوان"),
                             help_text=gettext_lazy("فارغ: «اقرأ أيضًا»"))
    articles = RelatedArticlesBlock(blocks.PageChooserBlock(page_type="articles.ArticlePage"),
                                    label=gettext_lazy("الأخبار"))
    after_paragraph = _placement()

    class Meta:
        icon = "list-ul"
        label = gettext_lazy("أخبار ذات صلة")
        template = "articles/blocks/related.html"


class ArticleExtrasBlock(blocks.StreamBlock):
    gallery = GalleryBlock()
    video = VideoBlock()
    embed = EmbedBlock()
    pull_quote = PullQuoteBlock()
    related = RelatedStoriesBlock()

    class Meta:
        max_num = 30


def related_page_ids(stream) -> list[int]:
    """The ids of the stories chosen in the stream's related boxes (from the stored data: no query)."""
    ids = []
    for item in stream.raw_data if stream else ():
        if item.get("type") == "related":
            for child in (item.get("value") or {}).get("articles") or ():
                page_id = child.get("value") if isinstance(child, dict) else child
                if isinstance(page_id, int):
                    ids.append(page_id)
    return ids
