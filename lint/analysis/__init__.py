"""Shared language analyses: computed once per article, read by every check."""
