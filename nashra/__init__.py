"""Nashra (نشرة): an Arabic-first news publishing platform on Django + Wagtail."""
