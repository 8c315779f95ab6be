def test_healthz_answers_ok_when_database_is_up(db, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_unknown_reader_url_is_an_arabic_404(editions, client):
    response = client.get("/لا-توجد-صفحة/هنا/", HTTP_HOST="eg.localhost")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "Not Found" not in html


def test_edition_is_chosen_by_host(editions, client):
    assert "لبنان اليوم" in client.get("/", HTTP_HOST="lb.localhost").content.decode()
    assert "مصر اليوم" in client.get("/", HTTP_HOST="eg.localhost").content.decode()
    # an unknown host falls back to the default edition (eg)
    assert "مصر اليوم" in client.get("/", HTTP_HOST="127.0.0.1").content.decode()


def test_a_form_without_its_csrf_token_gets_an_arabic_page(article_factory):
    from django.test import Client

    article = article_factory()
    client = Client(enforce_csrf_checks=True, HTTP_HOST="eg.localhost")
    response = client.post(f"/comments/{article.pk}/new/", {"body": "تعليق"})
    assert response.status_code == 403
    html = response.content.decode()
    assert 'dir="rtl"' in html and "انتهت صلاحية النموذج" in html
    assert "CSRF" not in html and "Forbidden" not in html


def test_a_json_client_gets_its_csrf_refusal_as_json(article_factory):
    from django.test import Client

    article = article_factory()
    client = Client(enforce_csrf_checks=True, HTTP_HOST="eg.localhost")
    response = client.post(f"/comments/{article.pk}/new/", {"body": "تعليق"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/json")
    assert "النموذج" in response.json()["error"]


def test_a_request_for_an_unknown_host_gets_an_arabic_400(db):
    from django.test import Client

    response = Client(HTTP_HOST="evil.example").get("/")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'dir="rtl"' in html and "طلب غير صالح" in html and "Bad Request" not in html
