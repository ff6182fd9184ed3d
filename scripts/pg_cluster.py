"""A throwaway PostgreSQL 15 + PostGIS cluster on a free loopback port: for the tests and for development.

    python scripts/pg_cluster.py            # start one, print its URL, stop it on Ctrl-C (`make pg`)

The tests use :func:`start_cluster` / :meth:`Cluster.stop` (tests/store/pg.py). ``initdb`` refuses to
run as root, so under root the cluster runs as the unprivileged system user ``nobody`` in a temporary
directory it owns. It listens on 127.0.0.1 only, with trust authentication for its own superuser
``sahelwatch`` (a cluster for one test run or one developer, never for shared data)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: where Debian's postgresql-15 puts the server binaries
PG_BIN_DIRS = ("/usr/lib/postgresql/15/bin",)
SUPERUSER = "sahelwatch"


class ClusterUnavailable(RuntimeError):
    """The PostgreSQL 15 binaries or PostGIS are not installed."""


def pg_bin() -> Path:
    """The directory of ``initdb`` and ``pg_ctl`` (PostgreSQL 15), or :class:`ClusterUnavailable`."""
    for d in (os.environ.get("SAHELWATCH_PG_BIN", ""), *PG_BIN_DIRS):
        if d and (Path(d) / "initdb").is_file() and (Path(d) / "pg_ctl").is_file():
            share = subprocess.run([str(Path(d) / "pg_config"), "--sharedir"], capture_output=True, text=True)
            ext = Path(share.stdout.strip() or "/usr/share/postgresql/15") / "extension" / "postgis.control"
            if not ext.is_file():
                raise ClusterUnavailable(f"PostGIS is not installed ({ext} missing): "
                                         "apt-get install postgresql-15-postgis-3")
            return Path(d)
    raise ClusterUnavailable("PostgreSQL 15 is not installed (no initdb in /usr/lib/postgresql/15/bin): "
                             "apt-get install postgresql-15 postgresql-15-postgis-3")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    """A running cluster: its data directory, port and the server's process user."""

    root: Path
    port: int
    user: str | None
    bin: Path

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "sahelwatch") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database on this cluster (empty, or a copy of ``template``); returns its URL."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """A PostgreSQL client program of this cluster (pg_dump, pg_restore, psql), as the caller."""
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True, check=check)

    def stop(self) -> None:
        subprocess.run([str(self.bin / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"],
                       capture_output=True, user=self.user)
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb + start on a free 127.0.0.1 port; the caller calls :meth:`Cluster.stop`."""
    bindir = pg_bin()
    user = "nobody" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="sahelwatch-pg-"))
    if user:
        shutil.chown(root, user=user)
    os.chmod(root, 0o700)
    cluster = Cluster(root, free_port(), user, bindir)
    try:
        subprocess.run([str(bindir / "initdb"), "-D", str(cluster.datadir), "-U", SUPERUSER, "--auth=trust",
                        "--no-locale", "-E", "UTF8"], check=True, capture_output=True, user=user, cwd=root)
        opts = (f"-c listen_addresses=127.0.0.1 -p {cluster.port} -c unix_socket_directories='{root}' "
                "-c fsync=off -c max_connections=300 -c shared_buffers=64MB")
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(cluster.datadir), "-o", opts, "-l",
                        str(root / "server.log"), "-w", "-t", "60", "start"],
                       check=True, capture_output=True, user=user, cwd=root)
        cluster.create_database("sahelwatch")
    except BaseException:
        cluster.stop()
        raise
    return cluster


def main() -> None:
    try:
        cluster = start_cluster()
    except ClusterUnavailable as e:
        raise SystemExit(f"error: {e}") from None
    def _stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)  # `kill PID` stops it as Ctrl-C does (and deletes its data)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started in the background
    print(f"PostgreSQL 15 running: {cluster.url()}", flush=True)
    print(f"  e.g. sahelwatch --db {cluster.url()} ingest FILE...   (Ctrl-C stops it and deletes its data)",
          flush=True)
    try:
        signal.pause() if hasattr(signal, "pause") else time.sleep(10**9)
    except KeyboardInterrupt:
        pass
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
