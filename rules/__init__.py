"""Bundled rule packs: TOML data read with importlib.resources."""
