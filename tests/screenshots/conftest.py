"""Screenshots share the UI harness (qasync loop, Qt warnings fail, app state reset)."""

from tests.ui.conftest import aloop, pytest_collection_modifyitems, reset_app_state  # noqa: F401
