"""``make cluster`` / ``make cluster-down``: a whole Nashra network on loopback, for trying and for the drill.

``python bench/cluster.py up`` starts, all on 127.0.0.1 and all under ``var/cluster/``:

- PostgreSQL primary (5441) and a streaming replica (5442) made with ``pg_basebackup -R``;
- Redis (6391, no persistence) — the shared page cache, purges and rate limits;
- moto in server mode (9391): the S3 stand-in that holds the media (``NASHRA_MEDIA_URL=s3://…``);
- two ``nashra serve --no-scheduler`` app processes (8101, 8102) reading from the replica;
- one ``nashra scheduler``;
- nginx (8090) in front, configured by ``nashra nginx_conf --upstream … --upstream …``;

then migrates, loads the demo network and prints where everything is. ``state.json`` keeps the ports,
pids, commands and logs so ``down`` (and ``bench/drill.py``) find them. Needs the PostgreSQL server
binaries (``/usr/lib/postgresql/*/bin``), ``redis-server``, nginx and moto (``pip install moto[server]``);
run as root, the database clusters belong to the ``postgres`` user.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "var" / "cluster"
STATE = ROOT / "state.json"
HOST = "127.0.0.1"
PYTHON = str(REPO / ".venv" / "bin" / "python") if (REPO / ".venv" / "bin" / "python").exists() else sys.executable
PORTS = {"primary": 5441, "replica": 5442, "redis": 6391, "s3": 9391, "nginx": 8090, "apps": [8101, 8102]}
BUCKET = "nashra-cluster"
S3_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "nashra-cluster", "AWS_SECRET_ACCESS_KEY": "nashra-cluster-secret",
                  "AWS_DEFAULT_REGION": "us-east-1"}


def say(message: str) -> None:
    print(f"[cluster {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- what the cluster needs --------------------------------------------------------------------------
def pg_bin() -> str:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
    return str(found[-1].parent)


def nginx_binary() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def check_tools() -> None:
    missing = []
    if not nginx_binary():
        missing.append("nginx (apt-get install -y nginx-light)")
    if not shutil.which("redis-server"):
        missing.append("redis-server (apt-get install -y redis-server)")
    if subprocess.run([PYTHON, "-c", "import moto.server, boto3"], capture_output=True).returncode:
        missing.append("moto server (.venv/bin/pip install 'moto[server]')")
    if missing:
        raise SystemExit("make cluster needs: " + "; ".join(missing))
    pg_bin()


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.3)
        return sock.connect_ex((HOST, port)) == 0


def wait_for(check, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{what} did not come up in {timeout:.0f} s (logs in {ROOT})")


def http_status(port: int, path: str, host: str = "localhost", timeout: float = 5) -> int:
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


# --- processes ----------------------------------------------------------------------------------------
def spawn(name: str, command: list[str], env: dict | None = None) -> dict:
    """A detached process (own session) logging to var/cluster/logs/<name>.log."""
    log_path = ROOT / "logs" / f"{name}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log_file:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    return {"pid": process.pid, "command": command, "log": str(log_path)}


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:  # a zombie (our own child, not yet reaped) is not alive
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def kill_group(pid: int, sig: int = signal.SIGTERM, wait: float = 15) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and alive(pid):
        time.sleep(0.1)
    if alive(pid):
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


class Postgres:
    """The two database clusters, owned by «postgres» when run as root (initdb refuses root)."""

    def __init__(self):
        self.bin = pg_bin()
        self.root = ROOT / "pg"
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([*self.as_user, os.path.join(self.bin, tool), *args], capture_output=True,
                                text=True, timeout=120)
        if check and result.returncode:
            raise SystemExit(f"{tool} failed: {result.stderr[-2000:]}")
        return result

    def data(self, name: str) -> str:
        return str(self.root / name)

    def start(self, name: str) -> None:
        port = PORTS[name]
        options = f"-p {port} -k {self.root} -c listen_addresses={HOST} -c fsync=off -c max_connections=200"
        self.run("pg_ctl", "-D", self.data(name), "-o", options, "-l", self.data(f"{name}.log"), "-w", "-t", "60",
                 "start")

    def stop(self, name: str, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", self.data(name), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def build(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.run("initdb", "-D", self.data("primary"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8",
                 "--locale", "C.UTF-8")
        self.start("primary")
        self.run("pg_basebackup", "-h", HOST, "-p", str(PORTS["primary"]), "-U", "postgres", "-D",
                 self.data("replica"), "-R", "-X", "stream", "--no-sync", "-c", "fast")
        self.start("replica")
        self.run("psql", "-h", HOST, "-p", str(PORTS["primary"]), "-U", "postgres", "-c", "CREATE DATABASE nashra")


def app_env(state: dict) -> dict:
    ports = state["ports"]
    env = {key: value for key, value in os.environ.items() if not key.startswith(("NASHRA_", "DATABASE", "REDIS"))}
    env.update(S3_CREDENTIALS)
    env.update({
        "DATABASE_URL": f"postgres://postgres@{HOST}:{ports['primary']}/nashra",
        "DATABASE_REPLICA_URLS": f"postgres://postgres@{HOST}:{ports['replica']}/nashra",
        "REDIS_URL": f"redis://{HOST}:{ports['redis']}/0",
        # 4 s per wait on the store (default 10): the drill's 20 s freeze then shows the editor's «try again».
        "NASHRA_MEDIA_URL": f"s3://{BUCKET}/media?endpoint=http://{HOST}:{ports['s3']}&timeout=4",
        "NASHRA_SECRET_KEY": state["secret_key"],
        "NASHRA_DATA_DIR": str(ROOT / "data"),  # shared by every process: static files, search index
        "NASHRA_PAGE_CACHE": "1",
        "NASHRA_PROXY_COUNT": "1",
        "NASHRA_DB_CONNECT_TIMEOUT": "2",
        "NASHRA_LOG_FORMAT": "json",
        "NASHRA_2FA": "0",
    })
    return env


def nashra(env: dict, *args: str, timeout: int = 1800) -> str:
    result = subprocess.run([PYTHON, "-m", "nashra", *args], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=timeout)
    if result.returncode:
        raise SystemExit(f"nashra {' '.join(args[:2])} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def start_redis(state: dict) -> dict:
    return spawn("redis", ["redis-server", "--bind", HOST, "--port", str(state["ports"]["redis"]), "--save", "",
                           "--appendonly", "no", "--dir", str(ROOT)])


def start_s3(state: dict) -> dict:
    return spawn("s3", [PYTHON, "-m", "moto.server", "-H", HOST, "-p", str(state["ports"]["s3"])])


def make_bucket(state: dict) -> None:
    code = (
        "import boto3, json\n"
        f"c = boto3.client('s3', endpoint_url='http://{HOST}:{state['ports']['s3']}')\n"
        f"c.create_bucket(Bucket='{BUCKET}')\n"
        f"c.put_bucket_policy(Bucket='{BUCKET}', Policy=json.dumps({{'Version': '2012-10-17', 'Statement': [{{"
        f"'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::{BUCKET}/*'}}]}}))\n"
    )
    subprocess.run([PYTHON, "-c", code], env={**os.environ, **S3_CREDENTIALS}, check=True, timeout=60)


def start_app(state: dict, index: int) -> dict:
    port = state["ports"]["apps"][index]
    return spawn(f"app{index + 1}", [PYTHON, "-m", "nashra", "serve", "--no-scheduler", "--host", HOST, "--port",
                                     str(port), "--workers", "1"], app_env(state))


def wait_app(state: dict, index: int, timeout: float = 90) -> None:
    port = state["ports"]["apps"][index]
    wait_for(lambda: http_status(port, "/readyz") == 200, f"app {index + 1} on {port}", timeout)


def start_nginx(state: dict) -> dict:
    nginx_root = ROOT / "nginx"
    (nginx_root / "tmp").mkdir(parents=True, exist_ok=True)
    upstreams = [arg for port in state["ports"]["apps"] for arg in ("--upstream", f"{HOST}:{port}")]
    front = nashra(app_env(state), "nginx_conf", "--listen", f"{HOST}:{state['ports']['nginx']}", *upstreams,
                   "--cache-dir", str(nginx_root / "cache"), "--max-size", "200m")
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = nginx_root / "nginx.conf"
    conf.write_text(
        f"{user}worker_processes 2;\ndaemon off;\npid {nginx_root}/nginx.pid;\n"
        f"error_log {ROOT}/logs/nginx-error.log;\nevents {{ worker_connections 4096; }}\n"
        f"http {{\n  access_log {ROOT}/logs/nginx-access.log;\n  keepalive_requests 100000;\n"
        + "".join(f"  {kind}_temp_path {nginx_root}/tmp;\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                         "scgi"))
        + f"{front}}}\n")
    return spawn("nginx", [nginx_binary(), "-c", str(conf), "-p", str(nginx_root)])


# --- up / down ----------------------------------------------------------------------------------------
def load_state() -> dict | None:
    return json.loads(STATE.read_text()) if STATE.exists() else None


def save_state(state: dict) -> None:
    STATE.write_text(json.dumps(state, indent=2, ensure_ascii=False))


def up(args) -> None:
    state = load_state()
    if state:
        say(f"already up (state in {STATE}); `make cluster-down` first to rebuild")
        show(state)
        return
    check_tools()
    busy = [port for port in [*PORTS.values()][:-1] + PORTS["apps"] if port_open(port)]
    if busy:
        raise SystemExit(f"ports already in use: {busy} — another cluster, or something else, holds them")
    ROOT.mkdir(parents=True, exist_ok=True)
    state = {"ports": PORTS, "secret_key": secrets.token_urlsafe(48), "processes": {}, "pg_bin": pg_bin(),
             "pg_root": str(ROOT / "pg"), "host": f"eg.localhost:{PORTS['nginx']}"}
    save_state(state)  # from here on, `down` can clean up a half-built cluster
    try:
        build(state)
    except BaseException:
        say("failed: removing what was started")
        down(args)
        raise
    show(state)


def build(state: dict) -> None:
    processes = state["processes"]
    say("PostgreSQL primary + streaming replica (initdb, pg_basebackup -R)")
    Postgres().build()
    say("Redis, S3 stand-in (moto)")
    processes["redis"] = start_redis(state)
    processes["s3"] = start_s3(state)
    save_state(state)
    wait_for(lambda: port_open(state["ports"]["redis"]), "redis")
    wait_for(lambda: port_open(state["ports"]["s3"]), "moto")
    make_bucket(state)
    env = app_env(state)
    say("migrate, collectstatic, demo (a few minutes the first time)")
    nashra(env, "migrate", "--noinput", "-v0")
    nashra(env, "collectstatic", "--noinput", "-v0")
    nashra(env, "demo", "--port", str(state["ports"]["nginx"]))
    say("app processes, scheduler, nginx")
    for index in range(len(state["ports"]["apps"])):
        processes[f"app{index + 1}"] = start_app(state, index)
        save_state(state)
    processes["scheduler"] = spawn("scheduler", [PYTHON, "-m", "nashra", "scheduler"], env)
    save_state(state)
    for index in range(len(state["ports"]["apps"])):
        wait_app(state, index)
    processes["nginx"] = start_nginx(state)
    save_state(state)
    wait_for(lambda: http_status(state["ports"]["nginx"], "/", state["host"]) == 200, "nginx front")


def show(state: dict) -> None:
    ports = state["ports"]
    lines = [
        f"reader site   http://{state['host']}/  (also lb.localhost, … — the demo's editions; via nginx)",
        f"newsroom      http://{state['host']}/{os.environ.get('NASHRA_ADMIN_PATH', 'newsroom')}/ "
        "(the demo's accounts, see `nashra demo`)",
        f"nginx         {HOST}:{ports['nginx']}",
        *[f"app{i + 1}          {HOST}:{port}  (/healthz, /readyz)" for i, port in enumerate(ports["apps"])],
        f"postgres      primary {HOST}:{ports['primary']}, replica {HOST}:{ports['replica']} (data in "
        f"{state['pg_root']})",
        f"redis         {HOST}:{ports['redis']} (no persistence)",
        f"S3 stand-in   http://{HOST}:{ports['s3']} bucket {BUCKET}",
        f"state         {STATE}",
    ]
    for line in lines:
        print("  " + line)
    for name, process in state["processes"].items():
        print(f"  {name:<13} pid {process['pid']:<8} {'running' if alive(process['pid']) else 'STOPPED':<8} "
              f"log {process['log']}")


def down(args) -> None:
    state = load_state()
    if not state:
        say("no cluster state: nothing to stop")
    else:
        for name in ["nginx", "scheduler", *[n for n in state["processes"] if n.startswith("app")], "redis", "s3"]:
            process = state["processes"].get(name)
            if process and alive(process["pid"]):
                say(f"stopping {name} (pid {process['pid']})")
                os.killpg(process["pid"], signal.SIGCONT)  # a drill may have frozen it
                kill_group(process["pid"])
    if (ROOT / "pg").exists():
        pg = Postgres()
        for name in ("replica", "primary"):
            if (ROOT / "pg" / name / "postmaster.pid").exists():
                say(f"stopping PostgreSQL {name}")
                pg.stop(name, "immediate")
    shutil.rmtree(ROOT, ignore_errors=True)
    say(f"removed {ROOT}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["up", "down", "status"])
    args = parser.parse_args()
    if args.action == "status":
        state = load_state()
        show(state) if state else say("no cluster")
    else:
        {"up": up, "down": down}[args.action](args)


if __name__ == "__main__":
    main()
