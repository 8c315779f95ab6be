"""Small builders for test data that go through Wagtail's real page API."""

from nashra.articles.models import ArticlePage, Author, SectionPage


def make_section(edition, slug, title, nav_order=100):
    home = edition.site.root_page
    existing = SectionPage.objects.child_of(home).filter(slug=slug).first()
    if existing:
        return existing
    section = SectionPage(title=title, slug=slug, nav_order=nav_order)
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def make_article(section, title, published_at=None, authors=(), publish=True, body="<p>نص الخبر.</p>", **fields):
    article = ArticlePage(title=title, body=body, published_at=published_at, live=publish, **fields)
    section.add_child(instance=article)
    for name in authors:
        author = Author.objects.filter(name=name).first() or Author.objects.create(name=name)
        article.authors.add(author)
    revision = article.save_revision()
    if publish:
        revision.publish()
    article.refresh_from_db()
    return article
