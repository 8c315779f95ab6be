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
