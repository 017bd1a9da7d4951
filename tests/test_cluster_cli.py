"""`artexport batch --executor dask://HOST:PORT` as a user runs it: relative paths on the
client, a real local Dask cluster (worker processes) started in another directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from artexport import __version__


def _article(folder: Path, title: str) -> None:
    folder.mkdir(parents=True)
    (folder / "article.md").write_text(f"# {title}\n\nSome body text.\n", encoding="utf-8")


def _pretend_version(version: str) -> None:
    import artexport
    import artexport.batch.work

    artexport.__version__ = artexport.batch.work.__version__ = version


@pytest.mark.timeout(300)
def test_batch_on_a_dask_cluster_from_the_cli(tmp_path: Path, plugin: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")  # the artexport[dask] extra
    client_dir, worker_dir = tmp_path / "client", tmp_path / "workers"
    worker_dir.mkdir()
    _article(client_dir / "src" / "news" / "a", "Alpha")
    _article(client_dir / "src" / "news" / "slow", "slow one")
    (client_dir / "src" / "wire.md").write_text("# Wire\n\nwire text\n", encoding="utf-8")
    monkeypatch.chdir(worker_dir)  # the workers start here
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert set(client.run(os.getcwd).values()) == {str(worker_dir)}
        url = cluster.scheduler_address.replace("tcp://", "dask://")

        def batch(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([sys.executable, "-m", "artexport", "batch", "src",
                                   "--executor", url, *args], cwd=client_dir,
                                  capture_output=True, text=True, timeout=200)

        p = batch("-o", "out", "-f", "txt,html", "-q")
        assert p.returncode == 0, p.stderr
        assert sorted(q.relative_to(client_dir / "out").as_posix()
                      for q in (client_dir / "out").rglob("*.*")
                      if not q.name.startswith((".", "artexport-"))) == [
            "news/a/a.html", "news/a/a.txt", "news/slow/slow.html", "news/slow/slow.txt",
            "wire.html", "wire.txt"]
        # the time limit holds on the workers: the slow article alone fails, once
        p = batch("-o", "limited", "-f", "txt", "-q", "--opt", "txt.sleep=3600",
                  "--time-limit", "2")
        assert p.returncode == 1
        assert f"{client_dir}/src/news/slow: took longer than the limit of 2 s" in p.stderr
        assert (client_dir / "limited" / "wire.txt").is_file()
        # a worker with another artexport is refused before any work, in one line
        client.run(_pretend_version, "0.0.1")
        p = batch("-o", "refused", "-f", "txt")
        assert p.returncode == 1
        assert p.stderr.count("\n") == 1, p.stderr
        [line] = p.stderr.splitlines()
        assert line.startswith("error: worker tcp://127.0.0.1:")
        assert line.endswith(f"runs artexport 0.0.1, this client {__version__}; install "
                             "the same version everywhere")
        assert not [q for q in (client_dir / "refused").rglob("*") if q.suffix == ".txt"]
    assert not any(worker_dir.iterdir()), "a worker wrote under its own directory"


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    _article(tmp_path / "src" / "a", "Alpha")
    p = subprocess.run([sys.executable, "-m", "artexport", "batch", str(tmp_path / "src"),
                        "-o", str(tmp_path / "out"), "-f", "html",
                        "--executor", "dask://127.0.0.1:9"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    [line] = p.stderr.splitlines()
    assert line.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
