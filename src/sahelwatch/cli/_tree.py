"""The command tree as click sees it: every group, sub-command and option, walked in one place.

The reference page (``scripts/gen_cli_reference.py``) and the tests that check it and run every
command all read the tree from :func:`command_tree`, so a command added anywhere shows up in all three.
Typer may bundle its own copy of click, so nodes are recognised by what they do (``list_commands``),
never by ``isinstance`` against one particular click.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PROG = "sahelwatch"


@dataclass(frozen=True)
class CommandNode:
    """One command of the tree: ``path`` is ``()`` for the root, ``("events", "history")`` for a leaf."""

    path: tuple[str, ...]
    command: Any
    context: Any

    @property
    def name(self) -> str:
        return " ".join((PROG, *self.path))

    @property
    def is_group(self) -> bool:
        return callable(getattr(self.command, "list_commands", None))

    @property
    def runs(self) -> bool:
        """True for a command that does something itself: a leaf, or a group such as ``extract``
        that runs when no sub-command is given."""
        return not self.is_group or bool(getattr(self.command, "invoke_without_command", False))

    @property
    def params(self) -> list[Any]:
        """Its arguments and options, without ``--help`` and hidden ones, in declaration order."""
        return [p for p in self.command.params if p.name != "help" and not getattr(p, "hidden", False)]

    @property
    def usage(self) -> str:
        """``[OPTIONS] EVENT_ID``, ``[OPTIONS] NAMES...`` or ``[OPTIONS] COMMAND [ARGS]...``."""
        pieces = ["[OPTIONS]"] if any(not _is_argument(p) for p in self.params) else []
        for p in self.params:
            if _is_argument(p):
                name = param_names(p)[0] + ("..." if p.nargs == -1 else "")
                pieces.append(name if p.required else f"[{name}]")
        if self.is_group:
            pieces.append("[COMMAND [ARGS]...]" if self.runs else "COMMAND [ARGS]...")
        return " ".join(pieces)


def _is_argument(param: Any) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def param_names(param: Any) -> list[str]:
    """The spellings of one parameter as typed: ``--no-pdf``, ``--flag/--no-flag``, or ``EVENT_ID``."""
    if _is_argument(param):
        return [param.metavar or param.name.upper()]
    return [*param.opts, *getattr(param, "secondary_opts", [])]


def command_tree(app: Any = None) -> list[CommandNode]:
    """Every command of ``sahelwatch``, the root first, sub-commands in name order, depth first."""
    import typer

    if app is None:
        from . import app
    root = typer.main.get_command(app)
    out: list[CommandNode] = []

    def walk(cmd: Any, path: tuple[str, ...], parent: Any) -> None:
        ctx = cmd.context_class(cmd, info_name=path[-1] if path else PROG, parent=parent)
        node = CommandNode(path, cmd, ctx)
        out.append(node)
        if node.is_group:
            for name in sorted(cmd.list_commands(ctx)):
                sub = cmd.get_command(ctx, name)
                if sub is not None and not getattr(sub, "hidden", False):
                    walk(sub, (*path, name), ctx)

    walk(root, (), None)
    return out
