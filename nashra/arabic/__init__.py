"""Arabic text helpers: digits, Gregorian date stamps and the Hijri calendar.

Pure Python (Babel, hijridate, zoneinfo) on purpose: nothing here imports
Django, so the same code renders stamps in templates, management commands,
feeds and plain unit tests without a settings module.
"""
