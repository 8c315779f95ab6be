"""Does the search index speak the keys this code makes?

Search keys change between releases (a better stemmer gives «مدرسه» the key of «مدرسة»). Articles
indexed before keep their old keys until ``nashra reindex`` rebuilds the index, and searches miss
them meanwhile. So the index carries the version it was built with (:class:`IndexVersion`), and
an index older than the code is reported: a warning on the newsroom dashboard and a system check
(``nashra check``, id nashra.W010). An empty index (a fresh install) is never stale.
"""

from __future__ import annotations

from django.core.checks import Warning as CheckWarning
from django.db import DatabaseError
from django.utils.translation import gettext as _

from nashra.arabic.stemmer import KEYS_VERSION

from .models import IndexVersion, SearchDocument

INDEX_ROW = 1


def built_version() -> int | None:
    row = IndexVersion.objects.filter(pk=INDEX_ROW).values_list("keys_version", flat=True).first()
    return row


def record_built() -> None:
    """The whole index now holds the current keys (after a full reindex)."""
    IndexVersion.objects.update_or_create(pk=INDEX_ROW, defaults={"keys_version": KEYS_VERSION})


def index_is_stale() -> bool:
    """True when articles are indexed with keys older than this code's."""
    version = built_version()
    if version == KEYS_VERSION:
        return False
    if not SearchDocument.objects.exists():
        if version is None:
            record_built()  # nothing indexed yet: what gets indexed from now on has today's keys
        return False
    return True


def stale_message() -> str:
    return _("فهرس البحث بُني بنسخة أقدم من مفاتيح البحث، فقد لا يجد القراء بعض الأخبار القديمة. "
             "شغّل الأمر «nashra reindex» على الخادم لإعادة بنائه.")


def check_index_version(app_configs=None, **kwargs):
    """System check nashra.W010: the index was built with older search keys."""
    try:
        stale = index_is_stale()
    except DatabaseError:  # before migrate, or no database: nothing to say
        return []
    if not stale:
        return []
    return [CheckWarning(stale_message(), hint=_("nashra reindex"), id="nashra.W010")]
