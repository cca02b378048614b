"""Bundled JSON Schemas: article, rule, config, report."""
