"""Clients of outside services, reached by checks only through Env."""
