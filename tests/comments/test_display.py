"""What readers see: approved comments only, escaped, oldest first, with a count; no email."""

from html.parser import HTMLParser

import pytest
from django.utils.html import escape

from nashra.comments import services
from nashra.comments.models import Comment

from .conftest import HOST, post_comment

pytestmark = pytest.mark.django_db

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "\"><script>alert(document.cookie)</script>",
    "<a href=\"javascript:alert(1)\">اضغط</a>",
    "<iframe src=//evil.example></iframe>",
    "'-alert(1)-'",
    "<body onload=alert(1)>",
    "{{ request.META }}",
    "{% debug %}",
    "<style>*{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "</textarea><script>alert(1)</script>",
]


def _approved(article, **fields):
    defaults = {"name": "قارئ", "email": "reader@example.com", "title": "عنوان", "text": "نص"}
    defaults.update(fields)
    return Comment.objects.create(article=article, edition=article.edition, status=Comment.APPROVED, **defaults)


@pytest.mark.parametrize("payload", XSS)
def test_xss_payloads_stored_as_text_and_shown_escaped(client, article, payload):
    resp = post_comment(client, article, name=payload[:80], title=payload[:150], text=f"نص {payload}")
    assert resp.status_code == 201
    c = Comment.objects.get()
    assert payload[:150] == c.title  # stored as written
    services.approve(c)
    html = client.get(article.url, HTTP_HOST=HOST).content.decode()
    section = html[html.index('id="comments"'):html.index("</section>", html.index('id="comments"'))]
    tags = _Tags()
    tags.feed(section)
    assert not tags.bad, tags.bad
    assert escape(payload[:150]) in section  # shown, escaped


class _Tags(HTMLParser):
    ALLOWED = {"section", "h2", "h3", "h4", "span", "ol", "li", "article", "header", "bdi", "time", "p", "a", "br",
               "form", "div", "label", "input", "abbr", "textarea", "small", "details", "summary", "fieldset",
               "legend", "img", "button", "noscript"}

    def __init__(self):
        super().__init__()
        self.bad = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            self.bad.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag}[{name}]")


def test_approved_comments_oldest_first_with_count_and_no_email(client, article, article_factory):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    _approved(article, title="أقدم تعليق", email="first-secret@example.com", created_at=now - timedelta(hours=2))
    _approved(article, title="أحدث تعليق", email="second-secret@example.com", created_at=now - timedelta(hours=1))
    Comment.objects.create(article=article, edition=article.edition, name="م", email="p@example.com",
                           title="معلق", text="لم يوافق عليه", status=Comment.PENDING)
    Comment.objects.create(article=article, edition=article.edition, name="م", email="r@example.com",
                           title="مرفوض", text="مرفوض", status=Comment.REJECTED)
    _approved(article_factory(), title="خبر آخر")
    html = client.get(article.url, HTTP_HOST=HOST).content.decode()
    assert "(2)" in html
    assert html.index("أقدم تعليق</h4>") < html.index("أحدث تعليق</h4>")
    assert "معلق" not in html and "مرفوض</h4>" not in html and "خبر آخر</h4>" not in html
    assert "secret@example.com" not in html and "p@example.com" not in html
    assert "GMT" in html and "إبلاغ" in html


def test_hidden_characters_stripped_for_display(client, article):
    post_comment(client, article, title="عنوان\u202eمقلوب", text="نص\u200b مخفي\u2066x\u2069")
    c = Comment.objects.get()
    assert "\u202e" not in c.title and "\u200b" not in c.text and "\u2066" not in c.text


def test_approve_is_visible_at_once_and_reject_hides_at_once(client, article):
    post_comment(client, article, title="سيظهر ثم يختفي")
    c = Comment.objects.get()
    assert "سيظهر ثم يختفي" not in client.get(article.url, HTTP_HOST=HOST).content.decode()
    calls = []
    from unittest import mock

    with mock.patch("nashra.comments.services.on_comment_visible_change", side_effect=calls.append):
        services.approve(Comment.objects.filter(pk=c.pk))
    assert "سيظهر ثم يختفي" in client.get(article.url, HTTP_HOST=HOST).content.decode()
    services.reject(Comment.objects.filter(pk=c.pk), "abuse")
    assert "سيظهر ثم يختفي" not in client.get(article.url, HTTP_HOST=HOST).content.decode()


def test_purge_hook_called_on_visible_change(article, django_capture_on_commit_callbacks):
    from unittest import mock

    c = _approved(article)
    c.status = Comment.PENDING
    c.save()
    with mock.patch("nashra.comments.services.on_comment_visible_change") as hook:
        with django_capture_on_commit_callbacks(execute=True):
            services.approve(Comment.objects.filter(pk=c.pk))
        assert hook.call_count == 1 and hook.call_args[0][0].pk == article.pk
        with django_capture_on_commit_callbacks(execute=True):
            services.approve(Comment.objects.filter(pk=c.pk))  # already visible: no purge
        assert hook.call_count == 1


def test_report_button_creates_report_and_queue_entry(client, article):
    c = _approved(article)
    page = client.get(f"/comments/report/{c.pk}/", HTTP_HOST=HOST)
    assert page.status_code == 200 and "csrfmiddlewaretoken" in page.content.decode()
    tok = client.get("/comments/form-token/", HTTP_HOST=HOST).json()
    resp = client.post(f"/comments/report/{c.pk}/", {"csrfmiddlewaretoken": tok["csrf"], "reason": "إساءة"},
                       HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert resp.status_code == 200 and "وصل بلاغك" in resp.json()["message"]
    c.refresh_from_db()
    assert c.is_reported and c.report_count == 1 and c.reports.get().reason == "إساءة"
    assert client.post(f"/comments/report/{c.pk}/", {}, HTTP_HOST=HOST).status_code == 403  # CSRF
    assert client.get(f"/comments/report/{c.pk}/", HTTP_HOST="lb.localhost").status_code == 404
