"""Moving a story to another section moves it in the reader's listings too."""

from nashra.articles.models import ArticlePage


def test_moved_article_is_listed_under_its_new_section(article_factory, editions, client):
    article = article_factory("eg", "politics", title="خبر ينتقل إلى الرياضة")
    sports = editions["sections"]["eg"]["sports"]
    article.move(sports, pos="last-child")
    moved = ArticlePage.objects.get(pk=article.pk)
    assert moved.section_id == sports.pk
    assert "خبر ينتقل إلى الرياضة" in client.get("/sports/", HTTP_HOST="eg.localhost").content.decode()
    assert "خبر ينتقل إلى الرياضة" not in client.get("/politics/", HTTP_HOST="eg.localhost").content.decode()
