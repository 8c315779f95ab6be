"""An index built with older search keys is reported until `nashra reindex` rebuilds it."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from nashra.arabic.stemmer import KEYS_VERSION
from nashra.search import versioning
from nashra.search.models import IndexVersion, SearchDocument

pytestmark = pytest.mark.django_db


def _warnings():
    return [w for w in versioning.check_index_version() if w.id == "nashra.W010"]


def _dashboard(client) -> str:
    admin = get_user_model().objects.filter(username="chief").first() or get_user_model().objects.create_superuser(
        "chief", "chief@example.com", "x-Strong-pass-1")
    client.force_login(admin)
    response = client.get(f"/{settings.NASHRA_ADMIN_PATH}/", HTTP_HOST="eg.localhost")
    assert response.status_code == 200
    return response.content.decode()


def test_a_fresh_install_does_not_warn(editions):
    assert versioning.built_version() == KEYS_VERSION  # written by the migration on an empty index
    assert not versioning.index_is_stale() and _warnings() == []


def test_an_old_index_warns_in_the_check_and_the_newsroom_until_reindexed(article_factory, editions):
    article_factory(title="افتتاح مدرسة جديدة")
    assert SearchDocument.objects.exists()
    IndexVersion.objects.filter(pk=1).update(keys_version=KEYS_VERSION - 1)  # as a server upgraded in place
    assert versioning.index_is_stale()
    [warning] = _warnings()
    assert "nashra reindex" in warning.msg
    html = _dashboard(Client())
    assert "فهرس البحث يحتاج إلى إعادة بناء" in html and "nashra reindex" in html

    call_command("reindex", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))  # noqa: SIM115
    assert versioning.built_version() == KEYS_VERSION and _warnings() == []
    assert "فهرس البحث يحتاج إلى إعادة بناء" not in _dashboard(Client())


def test_reindexing_one_edition_does_not_claim_the_whole_index_is_current(article_factory, editions):
    article_factory(title="خبر")
    IndexVersion.objects.filter(pk=1).update(keys_version=KEYS_VERSION - 1)
    call_command("reindex", "--edition", "eg", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))  # noqa: SIM115
    assert versioning.index_is_stale()
