"""Comment messages count in the edition's digits: «النص أطول من المسموح (١٠ أحرف)» on an edition that
prints Arabic-Indic digits."""

import re

import pytest

from .conftest import HOST, form_data


@pytest.mark.django_db
def test_comment_errors_and_waits_use_the_editions_digits(client, article, editions, comment_settings):
    editions["eg"].digits = "arabic"
    editions["eg"].save()
    comment_settings(max_length=10)
    data = form_data(client, text="ن" * 11)
    body = client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, REMOTE_ADDR="10.0.0.7",
                       HTTP_ACCEPT="application/json", HTTP_X_REQUESTED_WITH="fetch").json()
    [message] = body["errors"]["text"]
    assert "(١٠ أحرف)" in message and not re.search("[0-9]", message)
    html = client.post(f"/comments/{article.pk}/new/", form_data(client, text="ن" * 11), HTTP_HOST=HOST,
                       REMOTE_ADDR="10.0.0.8").content.decode()
    assert "(١٠ أحرف)" in html
