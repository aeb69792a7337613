"""`tutor-hub catalogue ...`: add items, list them, say which sites' PCs should hold them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.hub.catalogue.items import KINDS
from tutor.hub.catalogue.store import ALL_SITES, CatalogueStore, catalogue_dir

CATALOGUE_HELP = """\
Bring a model or pack to every PC of a site (and, through commune hubs, of a district):

  tutor-hub catalogue add qwen2.5-1.5b-instruct-q4_k_m.gguf --sha256 HEX --licence Apache-2.0
  tutor-hub catalogue want --site "Xã Yên Lạc" qwen2.5-1.5b-instruct-q4_k_m.gguf
  (or --all-sites: every site of this hub, and every commune hub enrolled here)

PCs download what their site wants after their next sync, resuming after a cut; each file
is checked (SHA-256, and the publisher's signature for packs) before the PC uses it.
"""


def default_data_dir(database_url: str) -> Path:
    """Beside the SQLite file; the current folder for PostgreSQL."""
    if database_url.startswith("postgres"):
        return Path.cwd()
    path = database_url.removeprefix("sqlite:///") if database_url.startswith("sqlite:///") else database_url
    return Path(path).expanduser().resolve().parent


def add_parser(sub: argparse._SubParsersAction) -> None:
    catalogue = sub.add_parser("catalogue", help="packs, models and voices this hub serves to PCs and lower hubs",
                               description=CATALOGUE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    cat_sub = catalogue.add_subparsers(dest="catalogue_command", required=True)
    add = cat_sub.add_parser("add", help="check a file and add it to the catalogue")
    add.add_argument("file")
    add.add_argument("--kind", choices=KINDS, help="default: from the suffix (.bdpack, .gguf, .onnx)")
    add.add_argument("--sha256", help="the SHA-256 the publisher gives: a different file is refused")
    add.add_argument("--licence", help="e.g. Apache-2.0 (a GGUF's own general.license is used otherwise)")
    cat_sub.add_parser("list", help="list the items and which sites want them")
    cat_sub.add_parser("fetch-upstream", help="fetch now what the upper hub offers (serve does it every"
                       " --upstream-interval); the items are then wanted for every site here")
    export = cat_sub.add_parser("export", help="write a site's items to a USB stick for PCs without a network"
                                " (on the PC: `tutor sync import-catalogue STICK`)")
    export.add_argument("--site", required=True, help="the site's id or name")
    export.add_argument("--out", required=True, metavar="STICK", help="the USB stick's folder")
    for name, text in (("want", "PCs of these sites should hold these items"),
                       ("unwant", "PCs of these sites no longer get these items (files already there stay)")):
        p = cat_sub.add_parser(name, help=text)
        where = p.add_mutually_exclusive_group(required=True)
        where.add_argument("--site", help="the site's id or name")
        where.add_argument("--all-sites", action="store_true", help="every site of this hub")
        p.add_argument("items", nargs="+", metavar="ITEM", help="SHA-256 (or 8+ first digits), file name, or PACK@VERSION")


def run(args: argparse.Namespace, store: CatalogueStore, site_of, storage=None) -> int:
    if args.catalogue_command == "fetch-upstream":
        from tutor.hub.catalogue.upstream import fetch_from_upstream

        report = fetch_from_upstream(storage, store)
        for status in report.items:
            print(f"{status.state}\t{status.name}\t{status.message}")
        return 0 if all(s.state in ("done", "skipped") for s in report.items) else 1
    if args.catalogue_command == "add":
        item = store.add_file(args.file, args.kind, args.sha256, args.licence)
        ram = f", needs about {item.ram_needed_bytes / 2**30:.1f} GiB RAM" if item.ram_needed_bytes else ""
        print(f"added {item.kind} {item.label} ({item.size} bytes{ram})")
        print(item.sha256)
        return 0
    if args.catalogue_command == "list":
        sets = store.desired_sets()
        for item in store.items():
            sites = sorted("all sites" if k == ALL_SITES else k for k, v in sets.items() if item.sha256 in v)
            print(f"{item.sha256}\t{item.kind}\t{item.label}\t{item.size}\t{item.licence or '-'}\t"
                  f"{item.origin}\t{', '.join(sites) or 'no site'}")
        return 0
    if args.catalogue_command == "export":
        from tutor.hub.catalogue.carry import export_site

        folder, count = export_site(storage, store, site_of(args.site), args.out)
        print(f"{count} item(s) for the site written to {folder}")
        return 0
    site = ALL_SITES if args.all_sites else site_of(args.site)
    shas = [store.find(text).sha256 for text in args.items]
    if args.catalogue_command == "want":
        now = store.want(site, shas)
    else:
        now = store.unwant(site, shas)
    print(f"{'every site' if site == ALL_SITES else 'site ' + site}: {len(now)} item(s) wanted", file=sys.stdout)
    return 0


def open_store(data_dir: Path) -> CatalogueStore:
    return CatalogueStore(catalogue_dir(data_dir))
