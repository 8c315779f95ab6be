"""Consistent snapshots of the database and media, and their restoration.

An archive (``nashra-backup-YYYYmmddTHHMMSSZ.tar.gz``) holds:

- ``database.sqlite3`` — made with SQLite's online backup API (readers and
  writers go on; the copy is one consistent state), or ``database.dump`` —
  ``pg_dump -Fc`` for PostgreSQL;
- ``media/…`` — every uploaded file;
- ``manifest.json`` — when, which engine, the row count of every model and the
  SHA-256 of every media file, checked again on restore.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, connections

FORMAT_VERSION = 1


class BackupError(Exception):
    pass


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(root: Path) -> dict[str, str]:
    """``{relative path: sha256}`` of the regular files under ``root`` (symlinks skipped)."""
    found = {}
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(root).as_posix()] = sha256_file(path)
    return found


def media_storage():
    """The media storage when it is not a local folder (object storage: NASHRA_MEDIA_URL), else None."""
    from django.core.files.storage import FileSystemStorage, storages

    storage = storages["default"]
    return None if isinstance(storage, FileSystemStorage) else storage


def storage_names(storage, prefix: str = "") -> list[str]:
    """Every file name in ``storage`` under ``prefix`` (object stores list «folders» as name prefixes)."""
    folders, files = storage.listdir(prefix)
    names = [f"{prefix}{name}" for name in files]
    for folder in folders:
        names += storage_names(storage, f"{prefix}{folder}/")
    return sorted(names)


def fetch_media(storage, into: Path) -> None:
    """Copy every file of an object store into ``into`` (the archive is written from there)."""
    for name in storage_names(storage):
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, open(target, "wb") as copy:
            shutil.copyfileobj(source, copy, 1 << 20)


def restore_media_to_storage(storage, source: Path) -> None:
    """Make the object store hold exactly the archive's files, under the same names."""
    from django.core.files import File

    wanted = set(media_files(source))
    for name in storage_names(storage):
        if name not in wanted:
            storage.delete(name)
    for name in sorted(wanted):
        if storage.exists(name):
            storage.delete(name)  # else the store would keep it and save the archive's copy under a new name
        with open(source / name, "rb") as fh:
            saved = storage.save(name, File(fh))
        if saved != name:
            raise BackupError(f"media file {name} came back as {saved}")


def _models():
    return [m for m in apps.get_models() if m._meta.managed and not m._meta.proxy]


def model_counts() -> dict[str, int]:
    """Row count of every model in the live database."""
    return {m._meta.label: m._base_manager.using("default").count() for m in _models()}


def snapshot_counts(snapshot: Path) -> dict[str, int]:
    """Row count of every model in a SQLite snapshot (exactly what the archive holds)."""
    db = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            m._meta.label: db.execute(f'SELECT COUNT(*) FROM "{m._meta.db_table}"').fetchone()[0]  # noqa: S608
            for m in _models() if m._meta.db_table in tables
        }
    finally:
        db.close()


def engine() -> str:
    vendor = connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise BackupError(f"unsupported database engine: {vendor}")
    return vendor


def _pg_command(program: str) -> tuple[list[str], dict]:
    s = connection.settings_dict
    args = [program]
    if s.get("HOST"):
        args += ["-h", str(s["HOST"])]
    if s.get("PORT"):
        args += ["-p", str(s["PORT"])]
    if s.get("USER"):
        args += ["-U", str(s["USER"])]
    env = dict(os.environ)
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = str(s["PASSWORD"])
    return args, env


def dump_database(target_dir: Path) -> str:
    """Write the database snapshot into ``target_dir``; return its file name."""
    connection.ensure_connection()
    if engine() == "sqlite":
        name = "database.sqlite3"
        destination = sqlite3.connect(target_dir / name)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        return name
    name = "database.dump"
    args, env = _pg_command("pg_dump")
    args += ["-Fc", "--no-owner", "--no-acl", "-f", str(target_dir / name), connection.settings_dict["NAME"]]
    result = subprocess.run(args, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return name


def archive_path(output: str | os.PathLike | None, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    if output is None:
        output = Path(settings.DATA_DIR) / "backups"
    output = Path(output)
    if output.name.endswith((".tar.gz", ".tgz")):
        output.parent.mkdir(parents=True, exist_ok=True)
        return output
    output.mkdir(parents=True, exist_ok=True)
    return output / f"nashra-backup-{stamp}.tar.gz"


def create_backup(output=None) -> tuple[Path, dict]:
    now = datetime.now(UTC)
    target = archive_path(output, now)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="nashra-backup-") as tmp:
        tmp = Path(tmp)
        if (storage := media_storage()) is not None:  # media on object storage: fetched first
            media_root = tmp / "media"
            fetch_media(storage, media_root)
        db_name = dump_database(tmp)
        # SQLite: counted in the snapshot itself. PostgreSQL: counted just after
        # pg_dump's snapshot, so rows written meanwhile may differ by a few.
        counts = snapshot_counts(tmp / db_name) if engine() == "sqlite" else model_counts()
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": now.isoformat(),
            "engine": engine(),
            "database": db_name,
            "database_sha256": sha256_file(tmp / db_name),
            "counts": counts,
            "media": media_files(media_root),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        partial = target.with_name(target.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(tmp / "manifest.json", arcname="manifest.json")
            tar.add(tmp / db_name, arcname=db_name)
            for relative in manifest["media"]:
                tar.add(media_root / relative, arcname=f"media/{relative}", recursive=False)
        os.chmod(partial, 0o600)
        partial.replace(target)
    return target, manifest


def _safe_members(tar: tarfile.TarFile):
    for member in tar.getmembers():
        name = Path(member.name)
        if name.is_absolute() or ".." in name.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"unsafe path in archive: {member.name}")
        yield member


# What a truncated, corrupt or foreign file raises on the way in: one line for the operator,
# not a traceback.
UNREADABLE = (tarfile.TarError, EOFError, zlib.error, OSError, ValueError, KeyError, TypeError)


def read_archive(archive: Path, into: Path) -> dict:
    """Extract ``archive`` into ``into`` and check it against its manifest."""
    try:
        return _read_archive(archive, into)
    except BackupError:
        raise
    except UNREADABLE as exc:
        raise BackupError(f"{archive} is not a readable Nashra backup (truncated or corrupt?): "
                          f"{exc.__class__.__name__}: {exc}") from exc


def _read_archive(archive: Path, into: Path) -> dict:
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(into, members=list(_safe_members(tar)), filter="data")
    manifest_file = into / "manifest.json"
    if not manifest_file.exists():
        raise BackupError("not a Nashra backup: manifest.json missing")
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))  # JSONDecodeError is a ValueError
    if not isinstance(manifest, dict):
        raise BackupError("not a Nashra backup: manifest.json is not an object")
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"unsupported backup format {manifest.get('format')!r}")
    if sha256_file(into / manifest["database"]) != manifest["database_sha256"]:
        raise BackupError("database snapshot does not match its checksum")
    actual = media_files(into / "media")
    if actual != manifest["media"]:
        raise BackupError("media files do not match the manifest (missing or altered files)")
    return manifest


def restore_database(snapshot: Path, manifest: dict) -> None:
    if manifest["engine"] != engine():
        raise BackupError(f"archive is for {manifest['engine']}, this site runs {engine()}")
    if engine() == "sqlite":
        # The backup API copies the snapshot over the live database page by page
        # under one lock, so a reader never sees half a restore.
        connection.close()
        connection.ensure_connection()
        source = sqlite3.connect(snapshot)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
        connection.close()
        return
    for conn in connections.all():
        conn.close()
    args, env = _pg_command("pg_restore")
    args += ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction",
             "-d", connection.settings_dict["NAME"], str(snapshot)]
    result = subprocess.run(args, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def restore_media(source: Path) -> None:
    if (storage := media_storage()) is not None:
        restore_media_to_storage(storage, source)
        return
    media_root = Path(settings.MEDIA_ROOT)
    staged = media_root.with_name(media_root.name + ".restoring")
    if staged.exists():
        shutil.rmtree(staged)
    if source.is_dir():
        shutil.copytree(source, staged)
    else:
        staged.mkdir(parents=True)
    old = media_root.with_name(media_root.name + ".before-restore")
    if old.exists():
        shutil.rmtree(old)
    if media_root.exists():
        media_root.rename(old)
    staged.rename(media_root)
    if old.exists():
        shutil.rmtree(old)


def restore_backup(archive: str | os.PathLike) -> dict:
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"no such archive: {archive}")
    with tempfile.TemporaryDirectory(prefix="nashra-restore-") as tmp:
        tmp = Path(tmp)
        manifest = read_archive(archive, tmp)
        restore_database(tmp / manifest["database"], manifest)
        restore_media(tmp / "media")
    return manifest
