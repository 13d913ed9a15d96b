"""``python -m appointments_desktop``: the same as the ``appointments-desktop`` command."""

from appointments_desktop.cli import main

raise SystemExit(main())
