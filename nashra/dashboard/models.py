"""The newsroom's numbers: raw view events and the roll-ups the dashboard reads.

Times are whole seconds since the epoch (UTC), and roll-up buckets are their starts (a multiple
of 60 or 3600): the same integer arithmetic on SQLite and PostgreSQL, and a local day is simply
the range of hours between two local midnights, whatever the zone or its DST.

Nothing here identifies a reader: an event is an article, a second and a referrer kind.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ViewEvent(models.Model):
    """One counted page view, waiting for the next roll-up (which moves it into the roll-ups)."""

    ts = models.BigIntegerField()
    edition_id = models.BigIntegerField()
    article_id = models.BigIntegerField()
    source = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("مشاهدة")
        indexes = [models.Index(fields=["ts"], name="dash_event_ts")]

    def __str__(self) -> str:
        return f"view of {self.article_id} at {self.ts}"


class Counts(models.Model):
    """Views in a bucket, in total and per referrer kind (:data:`.referrers.COLUMNS`)."""

    views = models.PositiveIntegerField(default=0)
    direct = models.PositiveIntegerField(default=0)
    search = models.PositiveIntegerField(default=0)
    social = models.PositiveIntegerField(default=0)
    internal = models.PositiveIntegerField(default=0)
    other = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.views} views"


class ArticleMinute(Counts):
    edition_id = models.BigIntegerField()
    article_id = models.BigIntegerField()
    minute = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article_id", "minute"], name="dash_article_minute")]
        indexes = [models.Index(fields=["edition_id", "minute"], name="dash_article_minute_ed")]

    def __str__(self) -> str:
        return f"{self.article_id}@{self.minute}: {self.views}"


class ArticleHour(Counts):
    edition_id = models.BigIntegerField()
    article_id = models.BigIntegerField()
    hour = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article_id", "hour"], name="dash_article_hour")]
        indexes = [models.Index(fields=["edition_id", "hour"], name="dash_article_hour_ed")]

    def __str__(self) -> str:
        return f"{self.article_id}@{self.hour}: {self.views}"


class EditionMinute(Counts):
    edition_id = models.BigIntegerField()
    minute = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition_id", "minute"], name="dash_edition_minute")]

    def __str__(self) -> str:
        return f"edition {self.edition_id}@{self.minute}: {self.views}"


class EditionHour(Counts):
    edition_id = models.BigIntegerField()
    hour = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition_id", "hour"], name="dash_edition_hour")]

    def __str__(self) -> str:
        return f"edition {self.edition_id}@{self.hour}: {self.views}"


class TopStory(Counts):
    """The roll-up's ranking, rebuilt each run: the ``window``'s most-read stories of an edition."""

    FIVE, HOUR, TODAY = 5, 60, 1440
    edition_id = models.BigIntegerField()
    window = models.PositiveSmallIntegerField()
    rank = models.PositiveSmallIntegerField()
    article_id = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition_id", "window", "rank"], name="dash_top_rank")]

    def __str__(self) -> str:
        return f"edition {self.edition_id}, {self.window} min, #{self.rank}: {self.article_id}"


class SearchCount(models.Model):
    """Readers' searches per edition, hour and query (normalised), and how many found nothing."""

    edition_id = models.BigIntegerField()
    hour = models.BigIntegerField()
    query = models.CharField(max_length=100)
    searches = models.PositiveIntegerField(default=0)
    empty = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition_id", "hour", "query"], name="dash_search_hour")]
        indexes = [models.Index(fields=["edition_id", "hour"], name="dash_search_ed_hour")]

    def __str__(self) -> str:
        return f"{self.query}: {self.searches}"


class RollupState(models.Model):
    """One row: how many roll-ups ran, when one was last queued and when the last one finished."""

    runs = models.BigIntegerField(default=0)
    queued_ts = models.BigIntegerField(default=0)
    finished_ts = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"roll-ups: {self.runs}"
