"""`tutor-hub catalogue export --site SITE --out STICK`: a site's catalogue items on a USB
stick, for a volunteer to carry to PCs that never meet a network (tutor.sync.carried reads it).

The listing is signed by the hub key the site's PCs pinned (at enrollment, or in their offline
enrollment file), so a stick cannot bring a PC anything its hub did not offer; each blob is
named by its SHA-256 and checked again on the PC. Writing goes through ``.part`` names and a
rename, and an item already on the stick with the right size is not copied again.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from tutor.hub.catalogue.store import CatalogueStore, write_json_atomically
from tutor.hub.storage import HubStorage
from tutor.sync.carried import CARRIED_CONTEXT, LISTING, carried_dir
from tutor.sync.signing import body_message, sign


def export_site(storage: HubStorage, store: CatalogueStore, site_id: str, stick: Path | str) -> tuple[Path, int]:
    """(the folder written, how many items); items left from an earlier export stay if still wanted."""
    from tutor.hub.trust import hub_private_key

    folder = carried_dir(stick, site_id)
    folder.mkdir(parents=True, exist_ok=True)
    items = store.desired_for(site_id)
    for item in items:
        target = folder / item.sha256
        if target.exists() and target.stat().st_size == item.size:
            continue
        part = target.with_name(target.name + ".part")
        with open(store.blob_path(item.sha256), "rb") as src, open(part, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    wanted = {i.sha256 for i in items}
    for leftover in folder.iterdir():
        if leftover.name not in wanted and leftover.name != LISTING:
            leftover.unlink()
    body = {"site_id": site_id, "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "items": [i.to_json() for i in items]}
    body["signature"] = sign(hub_private_key(storage), body_message(CARRIED_CONTEXT, body))
    write_json_atomically(folder / LISTING, body)
    return folder, len(items)
