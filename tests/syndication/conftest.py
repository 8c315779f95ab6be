import io
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from django.test import Client

SCHEMAS = Path(__file__).parent / "schemas"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "atom": "http://www.w3.org/2005/Atom",
    "media": "http://search.yahoo.com/mrss/",
    "content": "http://purl.org/rss/1.0/modules/content/",
}


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def eg_client():
    return Client(HTTP_HOST="eg.localhost")


@pytest.fixture
def lb_client():
    return Client(HTTP_HOST="lb.localhost")


@pytest.fixture
def make_image(db):
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    def make(title="صورة", size=(1600, 900)):
        buffer = io.BytesIO()
        PILImage.new("RGB", size, (180, 40, 40)).save(buffer, "JPEG")
        return get_image_model().objects.create(
            title=title, file=ImageFile(buffer, name="lead.jpg"), width=size[0], height=size[1]
        )

    return make


def fetch_xml(client, url, content_type="application/xml"):
    """GET ``url``, check it is 200 XML, return the parsed root (xml.etree: always available)."""
    from xml.etree import ElementTree

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    assert response["Content-Type"].startswith(content_type), response["Content-Type"]
    assert response.content.startswith(b"<?xml"), response.content[:80]
    return ElementTree.fromstring(response.content), response.content


def xsd_validate(content: bytes, schema_file: str):
    """Validate against one of the schemas/ files; skipped only when lxml is not installed."""
    etree = pytest.importorskip("lxml.etree", reason="lxml is a dev dependency (see tests/syndication)")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / schema_file)))
    document = etree.fromstring(content)
    assert schema.validate(document), schema.error_log
