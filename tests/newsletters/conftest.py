"""Newsletter fixtures: a real SMTP server on loopback (aiosmtpd) the mails are sent to, a reader
client on the eg host, a confirmed subscriber factory and newsroom members."""

from __future__ import annotations

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from nashra.editions.services import group_name
from nashra.newsletters.models import DIGEST, NewsletterList, Subscriber, Subscription


class Inbox:
    """aiosmtpd handler: keeps every accepted message; answers 550 to addresses starting «gone»."""

    def __init__(self):
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("gone"):
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        for rcpt in envelope.rcpt_tos:
            self.messages.append((rcpt, parsed))
        return "250 Message accepted"

    def to(self, address):
        return [m for rcpt, m in self.messages if rcpt == address]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Tasks run inside the test (whatever backend the project configures for the workers)."""
    if settings.TASKS.get("default", {}).get("BACKEND") != IMMEDIATE:
        settings.TASKS = {"default": {"BACKEND": IMMEDIATE}}


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.DEFAULT_FROM_EMAIL = "news@eg.localhost"
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def reader():
    return Client(HTTP_HOST="eg.localhost")


@pytest.fixture
def digest_list(editions):
    return NewsletterList.objects.create(edition=editions["eg"], name="الموجز اليومي", kind=DIGEST, send_hour=7)


@pytest.fixture
def subscribe(digest_list):
    def make(address, newsletter=None):
        newsletter = newsletter or digest_list
        subscriber = Subscriber.objects.create(edition=newsletter.edition, email=address, confirmed_at=timezone.now())
        Subscription.objects.create(subscriber=subscriber, newsletter=newsletter)
        return subscriber

    return make


def member(editions, slug, role, username=None, email=""):
    user = User.objects.create_user(username or f"{slug}-{role}-nl", password="x" * 12, email=email)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    client = Client()
    client.force_login(user)
    return client
