"""The condition language of definitions and rules: tokenizer, parser, tree and interpreter.

Conditions come from data files counsel may edit, so they are parsed by our own small parser
into our own node classes and evaluated by walking that tree. Nothing here hands user text to
Python's eval/exec/compile: the language has no attribute access, no calls except a fixed
whitelist, no arithmetic and no loops, and every input is bounded before any work is done.

Unanswered facts are ABSENT: comparisons with ABSENT are false and `yes`/`maybe`/`no` of ABSENT
are false. Every evaluation also reports the facts a result rests on and which of them were
answered `unknown`, so a conclusion can say what is still to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from forms.errors import ExpressionError

MAX_SOURCE_CHARS = 4_000
MAX_DEPTH = 50
MAX_STRING_CHARS = 200
MAX_LIST_ITEMS = 100
MAX_NUMBER = 10**12
MAX_TOKENS = 1_000

UNKNOWN = "unknown"


class _Absent:
    """The value of a fact that has not been answered (distinct from `no` and from None)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT = _Absent()

# A value the interpreter handles: fact values, literals and function results.
Value = object


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

_KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})
_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ",", "-")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "name", "keyword", "string", "number", "op", "end"
    text: str
    pos: int
    value: object = None


def _error(message: str, pos: int | None = None) -> ExpressionError:
    where = f" at character {pos + 1}" if pos is not None else ""
    return ExpressionError(f"{message}{where}")


def tokenize(source: str) -> list[Token]:
    """Split `source` into tokens, refusing anything outside the language as early as possible."""
    if not isinstance(source, str):
        raise ExpressionError("a condition must be text")
    if len(source) > MAX_SOURCE_CHARS:
        raise ExpressionError(
            f"condition is {len(source):,} characters long; the limit is {MAX_SOURCE_CHARS:,}"
        )
    tokens: list[Token] = []
    depth = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch in " \t\r\n":
            i += 1
            continue
        if len(tokens) >= MAX_TOKENS:
            raise _error(f"condition has more than {MAX_TOKENS} tokens", i)
        if ch in "'\"":
            i = _read_string(source, i, tokens)
            continue
        if ch.isdigit():
            match = _NUMBER_RE.match(source, i)
            assert match is not None
            text = match.group(0)
            if len(text) > 16:
                raise _error("number literal is too long", i)
            number: int | float = float(text) if "." in text else int(text)
            if abs(number) > MAX_NUMBER:
                raise _error(f"number {text} is larger than {MAX_NUMBER:,}", i)
            tokens.append(Token("number", text, i, number))
            i = match.end()
            continue
        if ch.isalpha() or ch == "_":
            match = _NAME_RE.match(source, i)
            assert match is not None
            text = match.group(0)
            if "__" in text:
                raise _error(f"name {text!r} is not allowed (double underscore)", i)
            kind = "keyword" if text in _KEYWORDS else "name"
            tokens.append(Token(kind, text, i))
            i = match.end()
            continue
        for op in _OPERATORS:
            if source.startswith(op, i):
                if op in "([":
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise _error(f"condition is nested deeper than {MAX_DEPTH} levels", i)
                elif op in ")]":
                    depth -= 1
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise _error(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", n))
    return tokens


def _read_string(source: str, start: int, tokens: list[Token]) -> int:
    quote = source[start]
    end = source.find(quote, start + 1)
    if end < 0:
        raise _error("unterminated string", start)
    text = source[start + 1 : end]
    if "\\" in text:
        raise _error("backslash escapes are not supported in strings", start)
    if len(text) > MAX_STRING_CHARS:
        raise _error(f"string literal is longer than {MAX_STRING_CHARS} characters", start)
    tokens.append(Token("string", source[start : end + 1], start, text))
    return end + 1


# ---------------------------------------------------------------------------------------------
# Tree
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Literal:
    value: Value


@dataclass(frozen=True, slots=True)
class ListLiteral:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Name:
    """A dotted fact id (`access.model_weights`) or a bare named definition (`abroad`, `tier`)."""

    name: str

    @property
    def is_fact(self) -> bool:
        return "." in self.name


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Compare:
    op: str  # == != < <= > >= in "not in"
    left: Node
    right: Node


Node = Literal | ListLiteral | Name | Call | Not | BoolOp | Compare


# Whitelisted functions: name -> (number of arguments, whether the first must be a fact name).
# VARIADIC functions take two or more arguments.
VARIADIC = -1
FUNCTIONS: dict[str, tuple[int, bool]] = {
    "yes": (1, True),
    "maybe": (1, True),
    "no": (1, True),
    "open": (1, True),
    "answered": (1, True),
    "unanswered": (1, True),
    "count": (1, True),
    "has": (2, True),
    "any_of": (2, True),
    "all_of": (2, True),
    "has_other_than": (2, True),
    "days_between": (2, False),
    "day_after": (1, False),
    "today": (0, False),
    "date": (1, False),
    "rule": (1, False),
    "pick": (3, False),
    "first_of": (VARIADIC, False),
    "otherwise": (2, False),
    "sum": (VARIADIC, False),
}


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def advance(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at(self, kind: str, text: str | None = None) -> bool:
        tok = self.tok
        return tok.kind == kind and (text is None or tok.text == text)

    def expect(self, kind: str, text: str) -> Token:
        if not self.at(kind, text):
            raise _error(f"expected {text!r}, found {self._describe(self.tok)}", self.tok.pos)
        return self.advance()

    @staticmethod
    def _describe(tok: Token) -> str:
        return "the end of the condition" if tok.kind == "end" else repr(tok.text)

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _error(f"condition is nested deeper than {MAX_DEPTH} levels", self.tok.pos)

    def parse(self) -> Node:
        if self.at("end"):
            raise ExpressionError("condition is empty")
        node = self.parse_or()
        if not self.at("end"):
            raise _error(f"unexpected {self._describe(self.tok)}", self.tok.pos)
        return node

    def parse_or(self) -> Node:
        self.enter()
        operands = [self.parse_and()]
        while self.at("keyword", "or"):
            self.advance()
            operands.append(self.parse_and())
        self.depth -= 1
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def parse_and(self) -> Node:
        operands = [self.parse_not()]
        while self.at("keyword", "and"):
            self.advance()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def parse_not(self) -> Node:
        if self.at("keyword", "not"):
            self.advance()
            self.enter()
            operand = self.parse_not()
            self.depth -= 1
            return Not(operand)
        return self.parse_comparison()

    def parse_comparison(self) -> Node:
        left = self.parse_primary()
        op: str | None = None
        if self.tok.kind == "op" and self.tok.text in ("==", "!=", "<", "<=", ">", ">="):
            op = self.advance().text
        elif self.at("keyword", "in"):
            self.advance()
            op = "in"
        elif self.at("keyword", "not") and self.tokens[self.i + 1].text == "in":
            self.i += 2
            op = "not in"
        if op is None:
            return left
        node = Compare(op, left, self.parse_primary())
        tok = self.tok
        if (tok.kind == "op" and tok.text in ("==", "!=", "<", "<=", ">", ">=")) or (
            tok.kind == "keyword" and tok.text == "in"
        ):
            raise _error("chained comparisons are not supported; join them with 'and'", tok.pos)
        return node

    def parse_primary(self) -> Node:
        tok = self.tok
        if tok.kind == "op" and tok.text == "(":
            self.advance()
            self.enter()
            if self.at("op", ")"):
                raise _error("empty parentheses", tok.pos)
            node = self.parse_or()
            self.depth -= 1
            self.expect("op", ")")
            return node
        if tok.kind == "op" and tok.text == "[":
            return self.parse_list()
        if tok.kind == "op" and tok.text == "-":
            self.advance()
            num = self.tok
            if num.kind != "number":
                raise _error("'-' must be followed by a number", tok.pos)
            self.advance()
            assert isinstance(num.value, int | float)
            return Literal(-num.value)
        if tok.kind in ("string", "number"):
            self.advance()
            return Literal(tok.value)
        if tok.kind == "keyword" and tok.text in ("true", "false", "null"):
            self.advance()
            return Literal({"true": True, "false": False, "null": None}[tok.text])
        if tok.kind == "name":
            self.advance()
            if self.at("op", "("):
                return self.parse_call(tok)
            return Name(tok.text)
        raise _error(f"unexpected {self._describe(tok)}", tok.pos)

    def parse_list(self) -> ListLiteral:
        start = self.expect("op", "[")
        self.enter()
        items: list[Node] = []
        while not self.at("op", "]"):
            item = self.parse_primary()
            if not isinstance(item, Literal):
                raise _error("list items must be literal values", start.pos)
            items.append(item)
            if len(items) > MAX_LIST_ITEMS:
                raise _error(f"list has more than {MAX_LIST_ITEMS} items", start.pos)
            if not self.at("op", "]"):
                self.expect("op", ",")
        self.advance()
        self.depth -= 1
        return ListLiteral(tuple(items))

    def parse_call(self, name_tok: Token) -> Call:
        function = name_tok.text
        if function not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise _error(f"unknown function {function!r} (known: {known})", name_tok.pos)
        self.expect("op", "(")
        self.enter()
        args: list[Node] = []
        while not self.at("op", ")"):
            args.append(self.parse_or())
            if not self.at("op", ")"):
                self.expect("op", ",")
        self.advance()
        self.depth -= 1
        arity, fact_first = FUNCTIONS[function]
        if arity == VARIADIC and len(args) < 2:
            raise _error(f"{function}() takes at least 2 arguments, got {len(args)}", name_tok.pos)
        if arity != VARIADIC and len(args) != arity:
            raise _error(
                f"{function}() takes {arity} argument{'s' if arity != 1 else ''}, "
                f"got {len(args)}",
                name_tok.pos,
            )
        if fact_first and not (isinstance(args[0], Name) and args[0].is_fact):
            raise _error(f"the first argument of {function}() must be a fact id", name_tok.pos)
        if function in ("any_of", "all_of") and not isinstance(args[1], ListLiteral):
            raise _error(f"the second argument of {function}() must be a list", name_tok.pos)
        if function in ("rule", "date", "has_other_than", "has") and not (
            isinstance(args[-1], Literal) and isinstance(args[-1].value, str)
        ):
            raise _error(f"{function}() takes a quoted text argument", name_tok.pos)
        if function == "date":
            _parse_date_literal(args[0], name_tok.pos)
        return Call(function, tuple(args))


def _parse_date_literal(node: Node, pos: int) -> date:
    assert isinstance(node, Literal) and isinstance(node.value, str)
    try:
        return date.fromisoformat(node.value)
    except ValueError:
        raise _error(f"date({node.value!r}) is not an ISO date (YYYY-MM-DD)", pos) from None


def _walk(node: Node) -> Iterator[Node]:
    yield node
    children: tuple[Node, ...] = ()
    if isinstance(node, ListLiteral):
        children = node.items
    elif isinstance(node, Call):
        children = node.args
    elif isinstance(node, Not):
        children = (node.operand,)
    elif isinstance(node, BoolOp):
        children = node.operands
    elif isinstance(node, Compare):
        children = (node.left, node.right)
    for child in children:
        yield from _walk(child)


@dataclass(frozen=True)
class Scope:
    """What names a condition may use: fact ids, bare named definitions, and rule ids."""

    facts: frozenset[str]
    names: frozenset[str] = frozenset()
    rules: frozenset[str] = frozenset()
    # False only for shipped data, whose fact ids the tests check once (see forms.shipped).
    check_facts: bool = True


@dataclass(frozen=True)
class Expression:
    """A parsed, checked condition; evaluate it with `evaluate(context)`."""

    source: str
    tree: Node
    facts: frozenset[str] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)
    rules: frozenset[str] = field(default_factory=frozenset)

    def evaluate(self, context: Context) -> Result:
        return _Interpreter(context).visit(self.tree)


def parse(source: str) -> Node:
    """Parse `source` into a tree without checking names (see `compile_expression`)."""
    return _Parser(tokenize(source)).parse()


def compile_expression(source: str, scope: Scope) -> Expression:
    """Parse `source` and check every name it uses against `scope`; raise ExpressionError."""
    tree = parse(source)
    facts: set[str] = set()
    names: set[str] = set()
    rules: set[str] = set()
    for node in _walk(tree):
        if isinstance(node, Name):
            if node.is_fact:
                if scope.check_facts and node.name not in scope.facts:
                    raise ExpressionError(f"unknown fact {node.name!r}")
                facts.add(node.name)
            else:
                if node.name not in scope.names:
                    raise ExpressionError(f"unknown name {node.name!r}")
                names.add(node.name)
        elif isinstance(node, Call) and node.function == "rule":
            arg = node.args[0]
            assert isinstance(arg, Literal) and isinstance(arg.value, str)
            if arg.value not in scope.rules:
                raise ExpressionError(f"unknown rule {arg.value!r}")
            rules.add(arg.value)
    return Expression(source, tree, frozenset(facts), frozenset(names), frozenset(rules))


# ---------------------------------------------------------------------------------------------
# Interpreter
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    """A value with the facts it rests on and those of them that were answered `unknown`."""

    value: Value
    facts: frozenset[str] = frozenset()
    unknown: frozenset[str] = frozenset()

    @property
    def true(self) -> bool:
        return self.value is True


class Context(Protocol):
    """What the interpreter asks of the caller; named definitions and rules are its business."""

    def fact(self, fact_id: str) -> Value: ...

    def name(self, name: str) -> Result: ...

    def rule(self, rule_id: str) -> Result: ...

    def today(self) -> date: ...


_EMPTY: frozenset[str] = frozenset()


def _merge(results: list[Result], value: Value) -> Result:
    facts: frozenset[str] = _EMPTY.union(*(r.facts for r in results))
    unknown: frozenset[str] = _EMPTY.union(*(r.unknown for r in results))
    return Result(value, facts, unknown)


def _best(results: list[Result]) -> Result:
    """The result that rests on the fewest unknowns, then the fewest facts (first on ties)."""
    return min(results, key=lambda r: (len(r.unknown), len(r.facts)))


def _comparable(a: Value, b: Value) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return True
    return type(a) is type(b) and isinstance(a, str | date)


def _compare(op: str, a: Value, b: Value) -> bool:
    if a is ABSENT or b is ABSENT:
        return False
    if op == "in" or op == "not in":
        if not isinstance(b, list | tuple) or isinstance(a, list | tuple):
            return False
        return (a in b) == (op == "in")
    if op == "==":
        return _comparable(a, b) and a == b
    if op == "!=":
        return not (_comparable(a, b) and a == b)
    if not _comparable(a, b) or isinstance(a, bool):
        return False
    ordering: dict[str, Callable[[object, object], bool]] = {
        "<": lambda x, y: x < y,  # type: ignore[operator]
        "<=": lambda x, y: x <= y,  # type: ignore[operator]
        ">": lambda x, y: x > y,  # type: ignore[operator]
        ">=": lambda x, y: x >= y,  # type: ignore[operator]
    }
    return ordering[op](a, b)


class _Interpreter:
    def __init__(self, context: Context) -> None:
        self.context = context

    def visit(self, node: Node) -> Result:
        if isinstance(node, Literal):
            return Result(node.value)
        if isinstance(node, ListLiteral):
            items = [self.visit(item) for item in node.items]
            return _merge(items, [r.value for r in items])
        if isinstance(node, Name):
            if not node.is_fact:
                return self.context.name(node.name)
            value = self.context.fact(node.name)
            unknown = frozenset({node.name}) if value == UNKNOWN else _EMPTY
            return Result(value, frozenset({node.name}), unknown)
        if isinstance(node, Not):
            inner = self.visit(node.operand)
            return Result(not inner.true, inner.facts, inner.unknown)
        if isinstance(node, BoolOp):
            return self._bool_op(node)
        if isinstance(node, Compare):
            left, right = self.visit(node.left), self.visit(node.right)
            return _merge([left, right], _compare(node.op, left.value, right.value))
        return self._call(node)

    def _bool_op(self, node: BoolOp) -> Result:
        # `or` is true when one operand is: report the operand resting on the fewest unknowns.
        # `and` is false when one operand is: likewise. Otherwise every operand counts.
        deciding = node.op == "or"
        results: list[Result] = []
        hits: list[Result] = []
        for operand in node.operands:
            result = self.visit(operand)
            results.append(result)
            if result.true == deciding:
                hits.append(result)
                if not result.unknown:
                    break
        if hits:
            best = _best(hits)
            return Result(deciding, best.facts, best.unknown)
        return _merge(results, not deciding)

    def _call(self, node: Call) -> Result:
        fn = node.function
        if fn == "today":
            return Result(self.context.today())
        if fn == "date":
            literal = node.args[0]
            assert isinstance(literal, Literal) and isinstance(literal.value, str)
            return Result(date.fromisoformat(literal.value))
        if fn == "rule":
            literal = node.args[0]
            assert isinstance(literal, Literal) and isinstance(literal.value, str)
            return self.context.rule(literal.value)
        if fn in ("pick", "first_of", "otherwise"):
            return self._choice(node)
        args = [self.visit(arg) for arg in node.args]
        x = args[0].value
        value: Value
        if fn == "yes":
            value = x == "yes" or x is True
        elif fn == "no":
            value = x == "no" or x is False
        elif fn == "maybe":
            value = x in ("yes", UNKNOWN) or x is True
        elif fn == "open":
            # Not `no`: yes, unknown or unanswered; the last two leave the conclusion to confirm.
            if x == "no" or x is False:
                return Result(False, args[0].facts)
            if x is ABSENT or x == UNKNOWN:
                return Result(True, args[0].facts, args[0].facts)
            return Result(True, args[0].facts, args[0].unknown)
        elif fn in ("answered", "unanswered"):
            # Answering `unknown` is an answer: nothing here rests on what it turns out to be.
            return Result((x is not ABSENT) == (fn == "answered"), args[0].facts)
        elif fn == "count":
            # The whole-number answer, a list's length, or 0 while unanswered (named to confirm).
            if x is ABSENT:
                return Result(0, args[0].facts, args[0].facts)
            value = len(x) if isinstance(x, list | tuple) else x
            if not isinstance(value, int) or isinstance(value, bool):
                value = ABSENT
        elif fn == "has":
            value = isinstance(x, list | tuple) and args[1].value in x
        elif fn == "sum":
            numbers = [r.value for r in args]
            if all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
                value = sum(numbers)  # type: ignore[arg-type]
            else:
                value = ABSENT
        elif fn == "day_after":
            value = x + timedelta(days=1) if isinstance(x, date) else ABSENT
        elif fn in ("any_of", "all_of"):
            wanted = args[1].value
            assert isinstance(wanted, list)
            held = list(x) if isinstance(x, list | tuple) else ([] if x is ABSENT else [x])
            if fn == "any_of":
                value = any(item in wanted for item in held)
            else:
                value = bool(held) and all(item in held for item in wanted)
        elif fn == "has_other_than":
            other = args[1].value
            value = isinstance(x, list | tuple) and any(item != other for item in x)
        else:  # days_between
            y = args[1].value
            value = (y - x).days if isinstance(x, date) and isinstance(y, date) else ABSENT
        return _merge(args, value)

    def _choice(self, node: Call) -> Result:
        """`pick(c, a, b)`: a when c holds, else b. `first_of(a, b, ...)`: the first answered.
        `otherwise(a, b)`: a, or b while a is unanswered, leaving a's facts to confirm."""
        if node.function == "pick":
            condition = self.visit(node.args[0])
            chosen = self.visit(node.args[1] if condition.true else node.args[2])
            return _merge([condition, chosen], chosen.value)
        skipped: list[Result] = []
        for arg in node.args:
            result = self.visit(arg)
            if result.value is not ABSENT:
                if node.function == "otherwise" and skipped:
                    pending = _EMPTY.union(*(r.facts for r in skipped))
                    return Result(result.value, result.facts | pending, result.unknown | pending)
                return result
            skipped.append(result)
        return _merge(skipped, ABSENT)
