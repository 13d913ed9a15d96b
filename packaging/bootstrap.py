#!/usr/bin/env python3
"""Set up and run Appointments Desktop from a source checkout, with only python3 installed.

    python3 packaging/bootstrap.py run [program options]   # start the program
    python3 packaging/bootstrap.py test [pytest options]   # install test tools, run every check

Each command makes what it needs and reuses it next time: Debian/Ubuntu packages that are
missing (the venv module, the system libraries Qt loads), a virtual environment in
``.venv`` and the project installed into it. The test command then runs ruff (lint and
format), mypy on the Qt-free core, and pytest; it fails when any of them fails.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared libraries Qt's wheels load on Linux, and the Debian/Ubuntu package with each.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# Only needed to show a window on an X11 (or XWayland) display.
DISPLAY_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
CORE_PATHS = ["appointments_desktop", "tests", "packaging"]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    libraries = dict(QT_LIBRARIES)
    if command == "run":
        libraries.update(DISPLAY_LIBRARIES)
    ensure_system_packages(libraries)
    ensure_virtualenv(extras="test" if command == "test" else "")
    if command == "run":
        return run([str(BIN / "appointments-desktop"), *rest])
    return run_checks(rest)


def ensure_system_packages(libraries: dict[str, str]) -> None:
    """Install the Debian packages that are missing (needs root or sudo and apt-get)."""
    if not sys.platform.startswith("linux"):
        return
    known = installed_libraries()
    packages = [package for soname, package in libraries.items() if soname not in known]
    if not venv_works():
        packages.append("python3-venv")
    if not packages:
        return
    if not shutil.which("apt-get"):
        print(
            "Please install these (Debian names) with your system's package manager:",
            " ".join(sorted(set(packages))),
        )
        if "python3-venv" in packages:
            sys.exit(1)
        return
    apt_install(sorted(set(packages)))


def installed_libraries() -> set[str]:
    """The shared-library names the dynamic linker knows (``ldconfig -p``)."""
    ldconfig = shutil.which("ldconfig") or next(
        (path for path in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if Path(path).exists()), None
    )
    if ldconfig is None:
        return set()
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False)
    return {line.split()[0] for line in listing.stdout.splitlines()[1:] if line.strip()}


def venv_works() -> bool:
    probe = [sys.executable, "-c", "import ensurepip, venv"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


def apt_install(packages: list[str]) -> None:
    """``apt-get install`` as root, or through sudo; says what to run when neither works."""
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    if os.geteuid() == 0:
        prefix: list[str] = ["env", "DEBIAN_FRONTEND=noninteractive"]
    elif shutil.which("sudo"):
        prefix = ["sudo", "env", "DEBIAN_FRONTEND=noninteractive"]
    else:
        print(
            "These system packages are missing; as root, run:\n  apt-get install",
            " ".join(packages),
        )
        sys.exit(1)
    print("Installing system packages:", " ".join(packages), flush=True)
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True)
    subprocess.run([*prefix, *command], check=True)


def ensure_virtualenv(extras: str) -> None:
    """Create ``.venv`` and install the project (again only when pyproject.toml changed)."""
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / f".installed-{extras or 'app'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--editable", target], check=True)
    stamp.write_text(wanted)


def run(command: list[str]) -> int:
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def run_checks(pytest_args: list[str]) -> int:
    """ruff, ruff format, mypy, then pytest; every check runs, any failure fails."""
    checks = [
        [str(BIN / "ruff"), "check", *CORE_PATHS],
        [str(BIN / "ruff"), "format", "--check", *CORE_PATHS],
        [str(BIN / "mypy")],
        [str(PYTHON), "-m", "pytest", *pytest_args],
    ]
    failed = []
    for check in checks:
        print("$", " ".join(Path(check[0]).name if i == 0 else a for i, a in enumerate(check)))
        if run(check) != 0:
            failed.append(Path(check[0]).name + " " + check[1])
    if failed:
        print("FAILED:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
