"""Curriculum content: the model, the source checker, signed packs, import and search.

Qt-free core. Entry points:
    check_source(dir) -> list[Problem]
    build_pack(source_dir, private_key_path, out_path) -> BuiltPack
    verify_pack(path, trusted_keys=None) -> VerifiedPack
    import_pack(conn, verified_pack, force=False) -> ImportResult
    ContentService(conn), ensure_bundled_pack(conn, path)
    fold(text), search(conn, query)
"""
