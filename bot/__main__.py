"""Allow `python -m bot`."""
import os
import sys

from bot.cli import main

try:
    status = main()
except BrokenPipeError:  # `python -m bot eval ... | head`: the reader left; not an error of ours
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    status = 0
sys.exit(status)
