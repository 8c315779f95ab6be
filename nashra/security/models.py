from django.db import models


class RateCounter(models.Model):
    """One fixed-window abuse counter every app process shares (nashra.security.shared).

    Used when there is no Redis (the embedded default) or while Redis is out of reach: a counter in
    one process's memory would let N workers accept N times the limit.
    """

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.FloatField(help_text="Unix time the window ends")

    class Meta:
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self):
        return f"{self.key}: {self.count}"
