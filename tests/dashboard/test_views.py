"""«لوحة الأرقام» in the newsroom: who sees what, the numbers, CSV, bad input."""

import csv
import io
import time

import pytest
from django.conf import settings  # noqa: E402
from django.utils import timezone

from nashra.dashboard import rollup
from nashra.dashboard.models import TopStory

URL = f"/{settings.NASHRA_ADMIN_PATH}/numbers/"


@pytest.fixture
def counted(editions, article_factory, add_events):
    """eg: two stories read in the last hour (one from search), rolled up; lb: one story."""
    now = int(time.time())
    first, second = article_factory(title="خبر الصدارة"), article_factory(title="خبر ثانٍ")
    other = article_factory(edition="lb", title="خبر لبناني")
    add_events(editions["eg"], [(now - 60, first, 1)] * 6 + [(now - 120, second, 0)] * 2)
    add_events(editions["lb"], [(now - 60, other, 2)] * 3)
    rollup.run(now)
    return {"first": first, "second": second, "other": other}


def test_a_reporter_sees_their_editions_numbers(client, member, counted, editions):
    client.force_login(member("eg", "reporter"))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "خبر الصدارة" in html and "خبر ثانٍ" in html and "خبر لبناني" not in html
    assert "75.0٪" in html  # 6 of the edition's 8 views in the last five minutes
    assert "محركات البحث" in html
    assert 'role="img"' in html and "<table" in html  # each chart has its table
    assert "dash-h-comments" not in html  # the comments panel is for those who moderate them


def test_a_reporter_of_eg_cannot_see_lb(client, member, counted, editions):
    client.force_login(member("eg", "reporter"))
    response = client.get(URL, {"edition": editions["lb"].pk})
    assert response.status_code == 403
    assert "ليس من إصداراتك" in response.content.decode()
    assert client.get(URL, {"edition": editions["lb"].pk, "export": "hours"}).status_code == 403


def test_moderators_see_the_comments_panel_and_reporters_do_not(client, member, counted, editions):
    from nashra.comments.models import Comment

    story = counted["first"]
    moment = timezone.now()
    Comment.objects.create(article=story, edition=editions["eg"], name="قارئ", email="a@example.com", title="رأي",
                           text="تعليق", created_at=moment)
    Comment.objects.create(article=story, edition=editions["eg"], name="قارئ", email="a@example.com", title="رأي",
                           text="تعليق آخر", status=Comment.APPROVED, moderated_at=moment,
                           created_at=moment - timezone.timedelta(minutes=10))
    client.force_login(member("eg", "moderator"))
    html = client.get(URL).content.decode()
    assert "dash-h-comments" in html and "بانتظار المراجعة الآن: 1" in html
    assert "بالدقائق: 10" in html
    client.force_login(member("eg", "reporter", name="reporter2"))
    assert "dash-h-comments" not in client.get(URL).content.decode()
    assert client.get(URL, {"export": "moderation"}).status_code == 403


def test_superuser_sees_every_edition(admin_client, counted, editions):
    html = admin_client.get(URL, {"edition": editions["lb"].pk}).content.decode()
    assert "خبر لبناني" in html and "التواصل الاجتماعي" in html


def test_a_user_with_no_edition_gets_a_message(client, db):
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user("outsider", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 403
    assert "لست عضوًا في غرفة أخبار أي إصدار" in response.content.decode()


def test_csv_export_has_bom_arabic_headers_and_the_numbers(admin_client, counted, editions):
    response = admin_client.get(URL, {"edition": editions["eg"].pk, "export": "top5"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:4] == ["الترتيب", "الخبر", "الرابط", "المشاهدات"]
    assert rows[1][1] == "خبر الصدارة" and rows[1][3] == "6" and rows[1][4] == "0.7500"
    hours = list(csv.reader(io.StringIO(admin_client.get(URL, {"export": "hours"}).content.decode()[1:])))
    assert len(hours) == 25 and sum(int(r[1]) for r in hours[1:]) == 8
    assert "+02:00" in hours[-1][0]  # Cairo's local time, with its offset


def test_an_export_with_no_rows_is_a_header_only(admin_client, editions):
    rows = list(csv.reader(io.StringIO(admin_client.get(URL, {"export": "searches"}).content.decode()[1:])))
    assert rows == [["البحث", "مرات البحث", "بلا نتائج"]]


@pytest.mark.parametrize("params,message", [
    ({"export": "passwords"}, "لا يوجد جدول بهذا الاسم"),
    ({"date": "04/12/2026"}, "التاريخ غير مفهوم"),
    ({"date": "2099-01-01"}, "لم يأتِ بعد"),
    ({"edition": "eg"}, "رقم الإصدار غير صالح"),
    ({"edition": "999999"}, "ليس من إصداراتك"),
])
def test_bad_input_gets_an_arabic_message(admin_client, editions, params, message):
    response = admin_client.get(URL, params)
    assert response.status_code in (400, 403, 404)
    assert message in response.content.decode()


def test_a_past_day_with_no_data_says_so(admin_client, counted):
    html = admin_client.get(URL, {"date": "2020-01-01"}).content.decode()
    assert "لا مشاهدات مسجلة في هذه الساعات." in html and "لا مشاهدات مسجلة في هذه الأيام." in html


def test_the_refresh_fragment_is_the_panels_alone(admin_client, counted, editions, add_events):
    first = admin_client.get(URL, {"part": "panels"})
    assert first.status_code == 200 and "<html" not in first.content.decode()
    assert "no-store" in first["Cache-Control"] or "no-cache" in first["Cache-Control"]
    add_events(editions["eg"], [(int(time.time()), counted["second"], 0)] * 10)
    rollup.run()
    top = TopStory.objects.get(edition_id=editions["eg"].pk, window=TopStory.FIVE, rank=1)
    assert top.article_id == counted["second"].pk
    html = admin_client.get(URL, {"part": "panels"}).content.decode()
    assert html.index("خبر ثانٍ") < html.index("خبر الصدارة")


def test_numbers_in_the_editions_digits(admin_client, counted, editions):
    eg = editions["eg"]
    eg.digits = "arabic"
    eg.save()
    html = admin_client.get(URL, {"edition": eg.pk}).content.decode()
    assert "٧٥٫٠٪" in html
    assert "75.0٪" not in html


def test_publishing_volume_per_section_and_author(admin_client, editions, article_factory):
    from nashra.articles.models import Author

    author = Author.objects.create(name="سارة علي", slug="sara")
    for _ in range(3):
        article_factory(authors=[author])
    article_factory(section="sports")
    html = admin_client.get(URL).content.decode()
    assert "سارة علي" in html and "رياضة" in html
    rows = list(csv.reader(io.StringIO(admin_client.get(URL, {"export": "sections"}).content.decode()[1:])))
    assert ["سياسة", "3", "3"] in rows and ["رياضة", "1", "1"] in rows


def test_the_menu_shows_the_dashboard_to_newsroom_members(client, member, editions):
    client.force_login(member("eg", "editor"))
    assert URL in client.get(f"/{settings.NASHRA_ADMIN_PATH}/").content.decode()
