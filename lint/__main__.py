"""python -m artlint."""
from .cli import main

main()
