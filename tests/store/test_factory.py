"""open_stores: the TinyDB stores in a data folder that may not exist yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.factory import open_stores
from store.interfaces import StoreError
from tests.store.samples import make_case


async def test_open_stores_creates_the_folder_and_closes(tmp_path: Path) -> None:
    data_dir = tmp_path / "saknas" / "data"
    stores = open_stores(data_dir)
    case = await stores.cases.create(make_case())
    await stores.state.write({"k": {"case_id": case.id}})
    await stores.close()
    assert data_dir.is_dir()
    with pytest.raises(StoreError):
        await stores.state.read(["k"])

    reopened = open_stores(data_dir)
    assert await reopened.cases.get(case.id) == case
    assert (await reopened.state.read(["k"]))["k"]["case_id"] == case.id
    await reopened.close()
