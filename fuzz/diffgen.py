#!/usr/bin/env python3
"""Differential fuzzing of miniphp against php.

Generates random PHP programs restricted to the slice miniphp supports (scalars,
strings, operators, control flow, user functions, the builtins listed in README.md;
no arrays, objects, references, closures, foreach, try/catch, global/static), with an
emphasis on the VM's specialised paths: switch jump tables, compare+jump, operations
that write their result straight into a variable, builtins called without a frame,
and the user-call protocol (defaults, too few / too many arguments, recursion).
About one program in eight also carries compile-time diagnostics in random places
(redeclared functions, `${var}` deprecations, literal break/continue operands,
`$s{0}` offsets, `__halt_compiler()`), and case labels hold magic constants, so that
the order and lines of php's compile-time messages are compared too; round() and
number_format() meet tiny values at precisions around 300.

Every loop is bounded by a counter the body only reads, and functions call only
functions generated before them (or themselves, with a depth argument), so programs
end; most run to their last line, the rest stop at an uncaught error or exit.

Usage:
    fuzz/diffgen.py gen [--seed S]            print one program
    fuzz/diffgen.py run [-n N] [--seed S] [--miniphp build/miniphp] [--php php]
                        [--out DIR] [--jobs 2] [--timeout 10] [-v]
        runs N programs under `php -n FILE` and `miniphp FILE` (same path for both,
        so messages naming the script agree), compares stdout, stderr and exit
        status, saves each differing program with both outputs under --out
        (default: $TMPDIR/diffgen-out) as NAME.php, NAME.php.out and
        NAME.miniphp.out, and ends with "N programs, K differ". Programs php does
        not finish within the timeout, or that exhaust php's memory, are skipped
        and counted apart.
    fuzz/diffgen.py check FILE... [--miniphp ...] [-v]   compare existing scripts
        (-v prints both outputs of each that differs)

`--generator arrays` swaps in fuzz/arraygen.py: programs over arrays, references,
foreach, global/static and the array library. `--generator objects` swaps in
fuzz/objectgen.py: objects and their lifecycle (destructor order, handles, cycles,
static properties, closures capturing objects, exceptions and finally).
`--generator classes` swaps in fuzz/classgen.py: classes with redeclared members of
every visibility, looked at from each scope (foreach, get_object_vars, casts, clone,
the class builtins). `--generator cycles` swaps in fuzz/cyclegen.py: objects, arrays,
references and closures with random edges, dropped at random, with gc_collect_cycles()
results, gc_status() counters, automatic collections at the root threshold,
gc_disable()/gc_enable(), resurrection and destructor output.

Programs are reproducible: program i of a run with seed S is `gen --seed S*1000003+i`
(with the same --generator).
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading

# ---------------------------------------------------------------------------
# Literal pools

INT_LITERALS = [
    "0", "1", "-1", "2", "3", "4", "5", "7", "10", "42", "100", "255", "-128", "-7",
    "PHP_INT_MAX", "PHP_INT_MIN", "9223372036854775807", "-9223372036854775807",
    "0x7FFFFFFFFFFFFFFF", "0b101", "017", "0o17", "1_000", "4611686018427387904",
    "PHP_INT_SIZE", "3000000000", "-2147483648",
]
SMALL_INTS = ["0", "1", "2", "3", "4", "5", "6", "-1", "-2", "7", "8", "10"]
FLOAT_LITERALS = [
    "0.0", "-0.0", "1.5", "0.1", "2.5", "-3.75", "1e100", "1.0E+25", "1e-7",
    "123456789012345.678", "0.30000000000000004", "7.0", "1.0", "2.0", "-1.0",
    "INF", "-INF", "NAN", "M_PI", "PHP_FLOAT_EPSILON", "PHP_FLOAT_MAX", "1e15",
    "9.2233720368547758E+18", "0.5", "-0.5", "1.23456789e-5", "3.0", "1e22", "M_E",
    "1e-300", "-1e-300", "5e-324", "-7.7e-305", "2.2250738585072014e-308",
]
NUMERIC_STRINGS = [
    "0", "1", "12", "-5", "1.5", "1e3", " 42", "42 ", "007", ".5", "1.", "-0",
    "9223372036854775808", "3", "2", "4", "0.0", "1.0", " 1", "1 ", "-1.5e2", "+7",
]
WORD_STRINGS = [
    "", "a", "abc", "b", "c", "hello world", "x y", "A", "z", "Zz", "a9", "-", " ",
    "null", "true", "foo", "bar", "Az", "zz", "\n", "tab\there", "é",
]
LEADING_NUMERIC = ["12abc", "3 apples", "1e", "0x1A", "1.5x", "  7z"]
# Case labels php folds before the switch (their line becomes the switch's).
MAGIC_CASES = ["__LINE__", "__FILE__", "__DIR__", "__FUNCTION__", "__LINE__ + 1", "-__LINE__",
               "__FUNCTION__ . 'x'", "__LINE__ % 7", "__FILE__ === ''", "__FUNCTION__ ?: 'main'"]
# break/continue operands: a literal other than a positive int is a compile error,
# and which one depends on whether it is a literal at all.
BREAK_OPERANDS = ["1", "(1)", "0x1", "0b1", "1.5", "'1'", "\"1\"", "0", "-1", "true", "null",
                  "9223372036854775808", "1e0", "__LINE__", "PHP_INT_MAX", "1 + 1", "01"]
CASE_STRINGS = ["a", "b", "c", "abc", "foo", "bar", "", " ", "x", "zz", "A", "null", "1a", "b "]

CONST_DEFAULTS = [
    "PHP_INT_MAX + 1", "PHP_INT_MAX", "-PHP_INT_MAX - 1", "'a' . 'b'", "2 ** 63",
    "1 << 62", "10 % 3", "null", "true", "false", "M_PI", "PHP_EOL", "true ? 1 : 2",
    "0.1 + 0.2", "'x'", "''", "-1", "0", "1.5", "\"7\"", "7 <=> 3", "~5", "!0",
    "PHP_INT_MIN", "3 . ''", "1e3", "'12abc'", "PHP_FLOAT_EPSILON * 2",
    # not folded at compile time (a warning or deprecation): computed at the call,
    # and cached by php when the result is not refcounted
    "'5 apples' + 1", "1.5 % 1", "7.5 | 0", "'abc' . 1.5", "-PHP_INT_MAX - 2",
    "'3' * '4'", "PHP_EOL . 'x'", "'x' . PHP_INT_MAX", "2.5 << 1", "~1.5", "'1e3' + 0",
]

NUM_BINOPS = ["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"]
CMP_OPS = ["==", "!=", "===", "!==", "<", ">", "<=", ">=", "<=>", "<>"]
LOGIC_OPS = ["&&", "||", "xor", "and", "or"]
ALL_BINOPS = NUM_BINOPS + CMP_OPS + LOGIC_OPS + [".", "??"]
COMPOUND_OPS = ["+=", "-=", "*=", "/=", "%=", "**=", ".=", "&=", "|=", "^=", "<<=", ">>=", "??="]

SPRINTF_SPECS = [
    "%d", "%s", "%05.2f", "%x", "%X", "%b", "%o", "%e", "%.3e", "%'*10s", "%-5d|",
    "%u", "%c", "%%", "%+d", "%5.1f", "%F", "%g", "%G", "%10.4f", "%-10s|", "%05d",
    "%.1s", "%'010d", "%E", "%.0f", "% d",
]


def php_str(s, dq=False):
    """A PHP literal for the byte string s."""
    if any(c in s for c in "\n\t"):
        dq = True
    if not dq:
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
    out = []
    for c in s:
        if c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c in "\\\"$":
            out.append("\\" + c)
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


class Scope:
    """Variables visible in one function body (or the top level), by the kind of value
    they are meant to hold: numbers, strings, or anything ("mix")."""

    def __init__(self, num_vars, str_vars, mix_vars, undef_vars):
        self.num_vars = list(num_vars)
        self.str_vars = list(str_vars)
        self.mix_vars = list(mix_vars)
        self.undef_vars = list(undef_vars)
        self.counters = []      # loop counters in scope: read-only for the body
        self.breakables = []    # 'loop' / 'switch', innermost last

    def writable(self):
        return self.num_vars + self.str_vars + self.mix_vars


class Func:
    def __init__(self, name, kinds, nrequired, ret, cost, recursive=False):
        self.name = name
        self.kinds = kinds          # kind of each parameter: num / str / any
        self.nparams = len(kinds)
        self.nrequired = nrequired  # parameters a call must pass (php's num_required)
        self.ret = ret              # kind of the returned value
        self.cost = cost            # static estimate of the work one call does
        self.recursive = recursive


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.funcs = []        # Func, callable from later functions and the top level
        self.counter_id = 0
        self.indent = 0
        self.scope = None
        self.mult = 1          # static estimate of how often the current code runs
        self.cost = 0          # work charged to the function being generated
        self.in_function = None
        self.exits_left = 1
        self.chaos = self.p(0.15)   # a program that also mixes types freely
        # a program may lean on one area: its statements come three times as often
        self.focus = self.pick([None, None, "switch", "calls", "fused"])
        # a program that also raises compile-time diagnostics (stmt_diagnostic,
        # redeclared functions): php reports them in source order, the first fatal wins
        self.diag = self.p(0.12)

    # -- helpers ----------------------------------------------------------
    def q(self, s):
        return php_str(s, self.r.random() < 0.3)

    def p(self, x):
        return self.r.random() < x

    def pick(self, seq):
        return self.r.choice(seq)

    def sep(self):
        """The space between two operands: now and then a line break."""
        return "\n" + "    " * (self.indent + 1) if self.p(0.03) else " "

    def line(self, text):
        return "    " * self.indent + text + "\n"

    def new_counter(self):
        self.counter_id += 1
        return "$l%d" % self.counter_id

    def risky(self, x):
        """Whether to take a path that may end the script (TypeError and friends)."""
        return self.p(x * (4 if self.chaos else 1))

    # -- literals ---------------------------------------------------------
    def int_lit(self):
        return self.pick(INT_LITERALS) if self.p(0.35) else self.pick(SMALL_INTS)

    def float_lit(self):
        return self.pick(FLOAT_LITERALS)

    def str_lit(self, numeric=None):
        if numeric is None:
            numeric = self.p(0.4)
        if numeric:
            return self.q(self.pick(NUMERIC_STRINGS))
        if self.p(0.12):
            return self.q(self.pick(LEADING_NUMERIC))
        return self.q(self.pick(WORD_STRINGS))

    def scalar_lit(self):
        k = self.r.randrange(10)
        if k < 3:
            return self.int_lit()
        if k < 5:
            return self.float_lit()
        if k < 8:
            return self.str_lit()
        if k == 8:
            return self.pick(["true", "false", "TRUE", "False"])
        return self.pick(["null", "NULL"])

    def num_lit(self):
        k = self.r.randrange(8)
        if k < 4:
            return self.int_lit()
        if k < 6:
            return self.float_lit()
        if k < 7:
            return self.q(self.pick(NUMERIC_STRINGS))
        return self.pick(["true", "false", "null"])

    # -- variables --------------------------------------------------------
    def num_var(self):
        s = self.scope
        if s.counters and self.p(0.25):
            return self.pick(s.counters)
        if s.undef_vars and self.p(0.03):
            return self.pick(s.undef_vars)
        if s.mix_vars and self.risky(0.03):
            return self.pick(s.mix_vars)
        return self.pick(s.num_vars) if s.num_vars else self.int_lit()

    def str_var(self):
        s = self.scope
        if s.undef_vars and self.p(0.03):
            return self.pick(s.undef_vars)
        if s.mix_vars and self.p(0.2):
            return self.pick(s.mix_vars)
        return self.pick(s.str_vars) if s.str_vars else self.str_lit()

    def any_var(self):
        s = self.scope
        if s.undef_vars and self.p(0.05):
            return self.pick(s.undef_vars)
        if s.counters and self.p(0.1):
            return self.pick(s.counters)
        return self.pick(s.writable())

    def target_var(self, kind=None):
        s = self.scope
        pool = {"num": s.num_vars, "str": s.str_vars, "any": s.mix_vars}.get(kind) or s.writable()
        if s.undef_vars and self.p(0.02):
            return self.pick(s.undef_vars)     # assigned for the first time
        return self.pick(pool)

    def kind_of(self, var):
        s = self.scope
        if var in s.num_vars or var in s.counters:
            return "num"
        if var in s.str_vars:
            return "str"
        return "any"

    # -- expressions ------------------------------------------------------
    def expr(self, depth, kind="any"):
        if kind == "num":
            return self.num_expr(depth)
        if kind == "str":
            return self.str_expr(depth)
        if kind == "bool":
            return self.cond_expr(depth)
        k = self.r.randrange(10)
        if k < 4:
            return self.num_expr(depth)
        if k < 7:
            return self.str_expr(depth)
        if k < 8:
            return self.cond_expr(depth)
        if depth <= 0:
            return self.scalar_lit() if self.p(0.5) else self.any_var()
        return self.mixed_expr(depth)

    def mixed_expr(self, depth):
        k = self.r.randrange(9)
        d = depth - 1
        if k == 0:
            return "(%s ? %s : %s)" % (self.cond_expr(d), self.expr(d), self.expr(d))
        if k == 1:
            return "(%s ?: %s)" % (self.expr(d), self.expr(d))
        if k == 2:
            return "(%s ?? %s)" % (self.any_var(), self.expr(d))
        if k == 3:
            if self.risky(0.15):
                # any operands through any operator: TypeErrors and warnings too
                return "(%s %s %s)" % (self.expr(d), self.pick(ALL_BINOPS), self.expr(d))
            return "(%s %s %s)" % (self.expr(d), self.pick(CMP_OPS + [".", "??"]), self.expr(d))
        if k == 4:
            return self.user_call(d) or self.scalar_lit()
        if k == 5:
            return self.builtin_call(d, "any")
        if k == 6:
            return self.side_effect_expr(d)
        if k == 7:
            return self.scalar_lit()
        return self.any_var()

    def side_effect_expr(self, depth, var=None):
        v = var or self.target_var()
        kind = self.kind_of(v)
        d = max(depth - 1, 0)
        k = self.r.randrange(8)
        if k == 0:
            return "(%s = %s)" % (v, self.expr(d, kind))
        if k == 1:
            return v + "++"
        if k == 2:
            return "++" + v
        if k == 3:
            return v + "--"
        if k == 4:
            return "--" + v
        if k == 5 and kind != "num":
            return "(%s .= %s)" % (v, self.str_expr(0))
        if k == 6 and kind != "str":
            return "(%s %s %s)" % (v, self.pick(["+=", "-=", "*="]), self.pick(SMALL_INTS))
        return "(%s ??= %s)" % (v, self.expr(0, kind))

    def num_leaf(self):
        if self.p(0.4):
            return self.num_lit()
        return self.num_var()

    def num_expr(self, depth):
        if depth <= 0 or self.p(0.25):
            return self.num_leaf()
        d = depth - 1
        k = self.r.randrange(20)
        if k < 7:
            op = self.pick(NUM_BINOPS)
            left = self.num_expr(d)
            if op in ("/", "%"):
                right = self.num_expr(d) if self.risky(0.05) else self.pick(
                    ["2", "3", "7", "-1", "1.5", "'4'", "10", "PHP_INT_MAX", "-2"] +
                    (["0.5", "0.25"] if op == "/" else []))
            elif op in ("<<", ">>"):
                right = self.pick(["0", "1", "3", "31", "62", "63", "64", "65", "2", "'3'"]) \
                    if not self.risky(0.05) else self.num_expr(d)
            elif op == "**":
                right = self.pick(["0", "1", "2", "3", "-1", "0.5", "63", "64", "10"]) \
                    if self.p(0.8) else self.num_expr(d)
            else:
                right = self.num_expr(d)
            return "(%s%s%s %s)" % (left, self.sep(), op, right)
        if k < 9:
            return "(%s%s%s %s)" % (self.expr(d), self.sep(), self.pick(CMP_OPS), self.expr(d))
        if k < 10:
            op = self.pick(["-", "+", "!", "~", "- ", "!!"])
            arg = self.num_expr(d) if op != "~" else self.pick([self.int_lit(), self.float_lit(),
                                                                "(int)" + self.num_var()])
            return "%s(%s)" % (op, arg)
        if k < 11:
            return "(%s)%s" % (self.pick(["int", "float", "bool", "integer", "double"]),
                               self.expr(d))
        if k < 14:
            return self.builtin_call(d, "num")
        if k < 16:
            return self.user_call(d, ret="num") or self.num_leaf()
        if k < 17:
            return "(%s ? %s : %s)" % (self.cond_expr(d), self.num_expr(d), self.num_expr(d))
        if k < 18:
            return self.side_effect_expr(d, self.target_var("num"))
        if k < 19:
            return "strlen(%s)" % self.str_expr(d)
        return "(%s ?? %s)" % (self.any_var(), self.num_expr(d))

    def interp(self):
        parts = []
        s = self.scope
        for _ in range(self.r.randint(1, 4)):
            k = self.r.randrange(8)
            v = self.pick(s.writable() + s.counters + (s.undef_vars if self.p(0.1) else []))
            if k == 0:
                parts.append("{%s}" % v)
            elif k == 1:
                parts.append(v + " ")
            elif k == 2 and s.str_vars:
                parts.append("%s[%s]" % (self.pick(s.str_vars), self.pick(["0", "1", "-1", "5"])))
            elif k == 3 and s.str_vars:
                parts.append("{%s[%s]}" % (self.pick(s.str_vars), self.pick(["0", "-2", "3"])))
            elif k == 4 and self.p(0.3):
                parts.append("${%s}" % v[1:])
            else:
                parts.append(self.pick(["x", " ", "-", "=", ":", "ab", "\\n", "\\t", "\\\\", "\\$"]))
                parts.append(v + self.pick(["", " ", ".", "|"]))
        return '"' + "".join(parts) + '"'

    def str_expr(self, depth):
        if depth <= 0 or self.p(0.25):
            k = self.r.randrange(4)
            if k == 0:
                return self.str_lit()
            if k == 1 and self.p(0.5):
                return self.interp()
            return self.str_var()
        d = depth - 1
        k = self.r.randrange(14)
        if k < 4:
            n = self.r.randint(2, 4)
            return "(" + (self.sep() + ". ").join(self.expr(d) for _ in range(n)) + ")"
        if k < 6:
            return self.interp()
        if k < 9:
            return self.builtin_call(d, "str")
        if k < 10:
            return "(string)" + self.expr(d)
        if k < 11:
            return self.user_call(d, ret="str") or self.str_lit()
        if k < 12 and self.scope.str_vars:
            return "%s[%s]" % (self.pick(self.scope.str_vars),
                               self.pick(["0", "1", "-1", "2", "10", "'1'", "1.0"]))
        if k < 13:
            return "(%s ? %s : %s)" % (self.cond_expr(d), self.str_expr(d), self.str_expr(d))
        return self.side_effect_expr(d, self.target_var("str"))

    def cond_expr(self, depth):
        if depth <= 0 or self.p(0.3):
            k = self.r.randrange(5)
            if k < 3:
                return "(%s %s %s)" % (self.any_var(), self.pick(CMP_OPS),
                                       self.scalar_lit() if self.p(0.6) else self.any_var())
            if k < 4:
                return self.any_var()
            return "!" + self.any_var()
        d = depth - 1
        k = self.r.randrange(8)
        if k < 4:
            return "(%s %s %s)" % (self.expr(d), self.pick(CMP_OPS), self.expr(d))
        if k < 6:
            return "(%s %s %s)" % (self.cond_expr(d), self.pick(LOGIC_OPS), self.cond_expr(d))
        if k < 7:
            return "!(%s)" % self.cond_expr(d)
        return self.pick(["isset(%s)", "empty(%s)", "is_null(%s)", "is_int(%s)",
                          "is_string(%s)", "is_numeric(%s)"]) % self.any_var()

    # -- builtin calls ----------------------------------------------------
    def small_count(self):
        if self.p(0.9):
            return self.pick(["0", "1", "2", "3", "4", "'2'", "2.0", "true"] +
                             (["-1"] if self.risky(0.1) else []))
        return "(intval(%s) & 3)" % self.num_var()

    def sprintf_args(self, depth):
        nspec = self.r.randint(0, 4)
        specs = [self.pick(SPRINTF_SPECS) for _ in range(nspec)]
        if self.p(0.1):
            specs.append(self.pick(["%1$s", "%2$d", "%1$'#8.2f"]))
        sep = self.pick([" ", "|", ", ", "-"])
        fmt = sep.join(specs) + self.pick(["", "\\n", "."])
        nargs = nspec + (1 if "%2$" in fmt and nspec < 2 else 0)
        if self.risky(0.03):
            nargs += self.pick([-1, 1, 2])
        nargs = max(nargs, 0)
        args = ['"%s"' % fmt.replace("$", "\\$")]
        args += [self.arg_expr(depth, "num" if self.p(0.6) else "any") for _ in range(nargs)]
        return args

    def arg_expr(self, depth, kind="any"):
        """An argument: sometimes one that changes a variable used elsewhere."""
        if self.p(0.12):
            return self.side_effect_expr(depth, self.target_var(kind if kind != "any" else None))
        if self.p(0.15):
            return self.num_var() if kind == "num" else self.str_var() if kind == "str" else self.any_var()
        return self.expr(depth, kind)

    BUILTINS_STR = ["sprintf", "str_repeat", "number_format", "gettype", "strval",
                    "var_export", "print_r"]
    BUILTINS_NUM = ["intdiv", "abs", "max", "min", "floor", "ceil", "round", "fmod", "sqrt",
                    "pow", "intval", "floatval", "boolval", "strlen", "is", "printf",
                    "is_nan", "pi"]

    def builtin_args(self, name, d):
        """Arguments for builtin `name` (its name may change: 'is' picks an is_*)."""
        if name in ("sprintf", "printf"):
            return name, self.sprintf_args(d)
        if name == "str_repeat":
            return name, [self.str_expr(d) if self.p(0.8) else self.num_expr(d), self.small_count()]
        if name == "number_format":
            n = self.r.randint(1, 4)
            args = [self.arg_expr(d, "num")]
            if n >= 2:
                args.append(self.pick(["0", "1", "2", "3", "-1", "-2"] + (["300", "309"] if self.p(0.1) else [])))
            if n >= 3:
                args.append(self.pick(["'.'", "','", "''", "'::'"]))
            if n >= 4:
                args.append(self.pick(["','", "' '", "''", "'.'"]))
            return name, args
        if name in ("gettype", "strval", "boolval", "floatval"):
            return name, [self.arg_expr(d, "num" if name == "floatval" else "any")]
        if name in ("var_export", "print_r"):
            return name, [self.arg_expr(d), "true"]
        if name == "intdiv":
            return name, [self.arg_expr(d, "num"),
                          self.pick(["2", "3", "-1", "7", "PHP_INT_MAX", "'5'"])
                          if not self.risky(0.08) else self.num_expr(d)]
        if name in ("abs", "floor", "ceil", "sqrt"):
            return name, [self.arg_expr(d, "num")]
        if name == "round":
            args = [self.arg_expr(d, "num")]
            if self.p(0.5):
                args.append(self.pick(["0", "1", "2", "-1", "-2", "3", "15"]
                                      + (["300", "308", "309", "-308", "330"] if self.p(0.1) else [])))
                if self.p(0.3):
                    args.append(self.pick(["PHP_ROUND_HALF_UP", "PHP_ROUND_HALF_DOWN",
                                           "PHP_ROUND_HALF_EVEN", "PHP_ROUND_HALF_ODD"]))
            return name, args
        if name == "fmod":
            return name, [self.arg_expr(d, "num"), self.arg_expr(d, "num")]
        if name == "pow":
            return name, [self.arg_expr(d, "num"),
                          self.pick(["0", "1", "2", "3", "-1", "0.5", "63", "64"])]
        if name in ("max", "min"):
            kind = "num" if self.p(0.6) else "any"
            return name, [self.arg_expr(d, kind) for _ in range(self.r.randint(2, 4))]
        if name == "intval":
            args = [self.arg_expr(d)]
            if self.p(0.3):
                args.append(self.pick(["16", "8", "2", "0", "36", "10"]))
            return name, args
        if name == "strlen":
            return name, [self.arg_expr(d, "str")]
        if name == "is":
            return self.pick(["is_int", "is_integer", "is_long", "is_float", "is_double",
                              "is_string", "is_bool", "is_null", "is_numeric", "is_scalar"]), \
                [self.arg_expr(d)]
        if name == "is_nan":
            return self.pick(["is_nan", "is_finite", "is_infinite"]), [self.arg_expr(d, "num")]
        if name == "pi":
            return name, []
        return name, [self.expr(d)]

    def builtin_call(self, depth, kind):
        d = max(depth, 0)
        if kind == "str":
            choices = self.BUILTINS_STR
        elif kind == "num":
            choices = self.BUILTINS_NUM
        else:
            choices = self.BUILTINS_STR + self.BUILTINS_NUM
        name, args = self.builtin_args(self.pick(choices), d)
        if name in ("max", "min") and self.p(0.15):
            # five or more arguments: a call through a frame on the VM stack
            args += [self.arg_expr(d, "num") for _ in range(self.r.randint(3, 5))]
        elif name in ("sprintf", "printf") and self.p(0.1):
            args = [self.q(" ".join(["%s"] * 6))] + [self.arg_expr(d) for _ in range(6)]
        # wrong argument counts now and then
        if self.risky(0.006):
            args = args[:-1] if args else []
        elif self.risky(0.006):
            args.append(self.scalar_lit())
        return self.render_call(name, args)

    def callee(self, name):
        """Function names are case-insensitive: now and then spell one otherwise."""
        if self.p(0.06):
            return self.pick([name.upper(), name.capitalize(),
                              "".join(c.upper() if self.p(0.5) else c for c in name)])
        return name

    def render_call(self, name, args):
        name = self.callee(name)
        if args and self.p(0.12):
            pad = "    " * (self.indent + 1)
            if self.p(0.5):
                return name + "(\n" + ",\n".join(pad + a for a in args) + "\n" + "    " * self.indent + ")"
            # a ragged layout: some arguments share a line, the parentheses may not
            out = name + ("(\n" + pad if self.p(0.5) else "(")
            for i, a in enumerate(args):
                if i:
                    out += ",\n" + pad if self.p(0.5) else ", "
                out += a
            return out + ("\n" + "    " * self.indent + ")" if self.p(0.5) else ")")
        return "%s(%s)" % (name, ", ".join(args))

    # -- user calls -------------------------------------------------------
    def user_call(self, depth, nargs=None, ret=None, only=None):
        budget = 60 if self.in_function else 400
        cands = [f for f in (only or self.funcs) if self.mult * f.cost + self.cost <= budget]
        if ret is not None and not self.risky(0.05):
            cands = [f for f in cands if f.ret == ret]
        if not cands:
            return None
        f = self.pick(cands)
        self.cost += self.mult * f.cost
        d = max(depth - 1, 0)
        if f.recursive:
            n = self.r.randint(0, 30) if self.p(0.8) else self.r.randint(100, 500)
            if f.error_style and n > 60:
                n = self.r.randint(0, 60)
            args = [str(n)] + [self.arg_expr(d, k) for k in f.kinds[1:]]
            if self.p(0.2):
                args = args[:1 + self.r.randrange(f.nparams)]
            return self.render_call(f.name, args)
        if nargs is None:
            r = self.r.random()
            if f.nrequired > 0 and self.risky(0.01):
                nargs = self.r.randrange(f.nrequired)          # too few: ArgumentCountError
            elif r < 0.35:
                nargs = f.nparams + self.r.randint(1, 3 if self.p(0.8) else 6)  # too many
            else:
                nargs = self.r.randint(f.nrequired, f.nparams)
        kinds = f.kinds + ["any"] * max(0, nargs - f.nparams)
        args = [self.arg_expr(d, kinds[i]) for i in range(nargs)]
        if self.p(0.08) and args:
            # undefined variables as arguments, spread over several lines
            pool = self.scope.undef_vars or ["$nope"]
            args = [self.pick(pool) if self.p(0.5) else a for a in args]
            pad = "    " * (self.indent + 1)
            return self.callee(f.name) + "(\n" + ",\n".join(pad + a for a in args) + "\n" + "    " * self.indent + ")"
        return self.render_call(f.name, args)

    # -- statements -------------------------------------------------------
    def block(self, n, depth):
        out = ""
        for _ in range(n):
            out += self.stmt(depth)
        return out

    def stmt(self, depth):
        w = [
            ("echo", 12), ("assign", 10), ("fused", 16), ("compound", 8), ("incdec", 4),
            ("var_dump", 8), ("printf", 3), ("if", 8), ("switch", 14), ("loop", 8),
            ("call", 7), ("bc", 4), ("exit", 1), ("return", 2), ("effects", 5), ("copy", 3),
        ]
        focus = {"switch": ("switch", "loop", "bc"), "calls": ("call", "effects", "copy"),
                 "fused": ("fused", "compound", "copy")}.get(self.focus, ())
        w = [(k, n * 3 if k in focus else n) for k, n in w]
        if depth <= 0:
            w = [x for x in w if x[0] not in ("if", "switch", "loop")]
        names = [x[0] for x in w]
        weights = [x[1] for x in w]
        kind = self.r.choices(names, weights)[0]
        if self.diag and self.p(0.08):
            kind = "diagnostic"
        return getattr(self, "stmt_" + kind)(depth)

    def stmt_diagnostic(self, depth):
        """Something php's compiler warns about or refuses, or a near miss."""
        k = self.r.randrange(8)
        s = self.str_var()
        if k == 0:
            return self.line('echo "${%s}\\n";' % self.any_var()[1:])
        if k == 1:
            return self.line("echo %s;" % self.pick(["%s{0}", "%s[0]{0}", "'ab'{1}", "%s{1}[0]",
                                                     "\"{%s{0}}\"", "%s[%s{0}]"]).replace("%s", s))
        if k == 2:
            return self.line("var_dump(%s(%s{%s}));" % (self.pick(["isset", "empty"]), s,
                                                        self.pick(["0", "1", "5"])))
        if k == 3 and self.scope.breakables:
            return self.line("if (%s) { %s %s; }" % (self.cond_expr(1), self.pick(["break", "continue"]),
                                                     self.pick(BREAK_OPERANDS)))
        if k == 4:
            return self.line("echo __LINE__, %s;" % self.q("\n"))
        if k == 5:
            return self.line("echo %s;" % self.pick(["__COMPILER_HALT_OFFSET__", "PHP_BINDIR[0]",
                                                     "strlen(PHP_BINARY) > 0", "$argc"]))
        if k == 6:
            v = self.pick(["1e-300", "-1e-300", "5e-324", "-7.7e-305", "1.5", self.num_var()])
            return self.line("var_dump(round(%s, %s));" % (v, self.pick(["300", "308", "309", "330", "-308",
                                                                         "2147483647", "299", "290"])))
        return self.line("echo number_format(%s, %s), %s;" % (
            self.pick(["1e-300", "-1e-300", "-5e-324", "-7.7e-305", self.num_var()]),
            self.pick(["300", "305", "309", "320", "290"]), self.q("\n")))

    def stmt_echo(self, depth):
        k = self.r.randrange(4)
        if k == 0:
            return self.line("echo %s, \"\\n\";" % self.expr(2))
        if k == 1:
            return self.line("echo %s . \"\\n\";" % self.expr(2))
        if k == 2:
            return self.line("echo %s, ' ', %s, PHP_EOL;" % (self.expr(1), self.expr(1)))
        return self.line("print %s . \"\\n\";" % self.expr(2))

    def stmt_copy(self, depth):
        """Two variables share one value, then one of them changes."""
        kind = self.pick(["num", "str", "str", "any"])
        a = self.target_var(kind)
        b = self.target_var(kind)
        out = self.line("%s = %s;" % (b, a))
        op = self.pick([".", ".=", "+", "+=", "++", "fused"])
        if op == ".":
            out += self.line("%s = %s . %s;" % (a, a, self.expr(0, "str")))
        elif op == ".=":
            out += self.line("%s .= %s;" % (a if self.p(0.5) else b, self.expr(0, "str")))
        elif op in ("+", "+=") and kind == "num":
            out += self.line("%s %s %s;" % (a, op if op == "+=" else "= %s +" % a, self.num_lit()))
        elif op == "++":
            out += self.line("%s++;" % self.pick([a, b]))
        else:
            out += self.line("%s = %s;" % (a, self.builtin_call(1, kind if kind != "any" else "str")))
        out += self.line("var_dump(%s, %s);" % (a, b))
        return out

    def stmt_assign(self, depth):
        v = self.target_var()
        return self.line("%s = %s;" % (v, self.expr(2, self.kind_of(v))))

    def operand(self, kind, target):
        """An operand of kind `kind` for `$x = a OP b`; now and then the target itself."""
        if self.p(0.25) and (kind == "any" or self.kind_of(target) == kind):
            return target
        if self.p(0.5):
            return self.num_var() if kind == "num" else self.str_var() if kind == "str" else self.any_var()
        return self.expr(1, kind)

    def stmt_fused(self, depth):
        """$x = a OP b: the VM writes the result straight into $x."""
        kind = self.pick(["num", "num", "str", "any"])
        v = self.target_var(kind)
        op = self.pick(ALL_BINOPS + ["unary", "cast", "concat3", "call", "call", "call"])
        if op in NUM_BINOPS and kind != "num" and not self.risky(0.1):
            op = self.pick([".", "<=>", "==", "??"])
        elif op in (".", "??", "concat3", "cast") and kind == "num" and not self.risky(0.1):
            op = self.pick(NUM_BINOPS + CMP_OPS)
        okind = "num" if op in NUM_BINOPS else "any" if op not in (".",) else self.pick(["str", "any"])
        a = self.operand(okind, v)
        b = self.operand(okind, v)
        if op == "unary":
            e = "%s(%s)" % (self.pick(["-", "!", "+"] + (["~"] if kind == "num" else [])),
                            self.operand("num", v))
        elif op == "cast":
            e = "(%s)%s" % (self.pick(["int", "float", "string", "bool"]), a)
        elif op == "concat3":
            e = "%s . %s . %s" % (a, b, self.expr(1))
        elif op == "call":
            if self.p(0.75):
                name, args = self.builtin_args(self.pick(self.BUILTINS_NUM if kind == "num" else
                                                         self.BUILTINS_STR + self.BUILTINS_NUM), 1)
                if args and self.p(0.5):
                    # the target is also an argument, maybe changed by a later one
                    i = self.r.randrange(len(args))
                    args[i] = v
                    if i + 1 < len(args) and self.p(0.5):
                        args[i + 1] = self.side_effect_expr(1, v)
                e = self.render_call(name, args)
            else:
                e = self.user_call(1, ret=kind if kind != "any" else None) or a
        elif op in ("/", "%") and not self.risky(0.05):
            e = "%s %s %s" % (a, op, self.pick(["2", "3", "-1", "'4'", "7"] + (["0.5"] if op == "/" else [])))
        elif op in ("<<", ">>") and not self.risky(0.05):
            e = "%s %s %s" % (a, op, self.pick(["1", "2", "63", "64", "0"]))
        elif op in ("and", "or", "xor"):
            e = "(%s %s %s)" % (a, op, b) if self.p(0.7) else "%s %s %s" % (a, op, b)
        else:
            e = "%s%s%s %s" % (a, self.sep(), op, b)
        out = self.line("%s = %s;" % (v, e))
        if self.p(0.5):
            out += self.line("var_dump(%s);" % v)
        return out

    def stmt_effects(self, depth):
        """A builtin or user call whose later arguments change an earlier variable."""
        v = self.target_var()
        kind = self.kind_of(v)
        if self.p(0.7):
            name = self.pick(["max", "min", "sprintf", "printf", "str_repeat", "number_format",
                              "round", "intdiv", "fmod", "pow", "var_dump", "strlen",
                              "gettype", "intval", "var_export", "print_r"])
            if name in ("sprintf", "printf"):
                n = self.r.randint(2, 4)
                fmt = " ".join(self.pick(["%d", "%s", "%.2f", "%05d", "%x", "%'.8s"]) for _ in range(n))
                args = [self.q(fmt)]
            elif name in ("max", "min", "var_dump"):
                n = self.r.randint(2, 4)
                args = []
            elif name in ("str_repeat", "number_format", "round", "pow"):
                # the count / precision stays small, yet changes the variable
                name, args = self.builtin_args(name, 1)
                args[0] = v if self.p(0.6) else self.side_effect_expr(1, v)
                if len(args) > 1 and self.p(0.5):
                    args[1] = "(intval(%s) & 3)" % self.side_effect_expr(1, v)
                n = len(args)
            else:
                name, args = self.builtin_args(name, 1)
                n = len(args)
                args = []
            while len(args) < n + (1 if name in ("sprintf", "printf") else 0):
                if self.p(0.5):
                    args.append(v)
                elif self.p(0.5):
                    args.append(self.side_effect_expr(1, v))
                else:
                    args.append(self.expr(1, kind))
            call = self.render_call(name, args)
        else:
            cands = [f for f in self.funcs if not f.recursive]
            if not cands:
                return self.stmt_echo(depth)
            f = self.pick(cands)
            n = max(f.nrequired, self.r.randint(1, f.nparams + 2))
            args = [v if self.p(0.5) else self.side_effect_expr(1, v) for _ in range(n)]
            call = self.user_call(1, nargs=n, only=[f])
            if call is None:
                return self.stmt_echo(depth)
            call = self.render_call(f.name, args)
        out = self.line("var_dump(%s);" % call if not call.startswith(("var_dump", "printf")) else call + ";")
        out += self.line("var_dump(%s);" % v)
        return out

    def stmt_compound(self, depth):
        v = self.target_var()
        kind = self.kind_of(v)
        if kind == "str" and not self.risky(0.1):
            op = self.pick([".=", ".=", "??="])
        elif kind == "num" and not self.risky(0.1):
            op = self.pick([o for o in COMPOUND_OPS if o != ".="])
        else:
            op = self.pick(COMPOUND_OPS)
        if op in ("/=", "%=") and not self.risky(0.05):
            e = self.pick(["2", "3", "-1", "7"] + (["0.5"] if op == "/=" else []))
        elif op in ("<<=", ">>=") and not self.risky(0.05):
            e = self.pick(["1", "2", "63", "64"])
        elif op == ".=":
            e = self.str_expr(1)
        elif op == "**=":
            e = self.pick(["2", "0", "-1", "0.5", "3"])
        elif op == "??=":
            e = self.expr(1, kind)
        else:
            e = self.expr(1, "num")
        return self.line("%s %s %s;" % (v, op, e))

    def stmt_incdec(self, depth):
        v = self.target_var()
        return self.line(self.pick(["%s++;", "%s--;", "++%s;", "--%s;"]) % v)

    def stmt_var_dump(self, depth):
        k = self.r.randrange(5)
        if k < 2:
            args = [self.arg_expr(2) for _ in range(self.r.randint(1, 3) if self.p(0.8) else
                                                     self.r.randint(4, 7))]
            # debug_zval_dump shows whether each string is interned and its refcount
            return self.line(self.render_call("var_dump" if self.p(0.7) else "debug_zval_dump", args) + ";")
        if k == 2:
            return self.line("var_export(%s); echo \"\\n\";" % self.expr(2))
        if k == 3:
            return self.line("print_r(%s); echo \"\\n\";" % self.expr(2))
        return self.line("echo %s, \"\\n\";" % self.builtin_call(2, "any"))

    def stmt_printf(self, depth):
        return self.line(self.render_call("printf", self.sprintf_args(1)) + "; echo \"\\n\";")

    def stmt_call(self, depth):
        c = self.user_call(2)
        if c is None:
            return self.stmt_echo(depth)
        if self.p(0.5):
            return self.line("echo %s, \"\\n\";" % c)
        if self.p(0.5):
            return self.line("var_dump(%s);" % c)
        return self.line(c + ";")

    def stmt_bc(self, depth):
        """break/continue N inside a condition."""
        b = self.scope.breakables
        if not b:
            return self.stmt_echo(depth)
        word = self.pick(["break", "continue"])
        n = self.r.randint(1, len(b))
        if word == "continue" and b[-n] == "switch" and self.p(0.6):
            word = "break"
        nstr = "" if n == 1 and self.p(0.5) else " %d" % n
        return self.line("if (%s) { %s%s; }" % (self.cond_expr(1), word, nstr))

    def stmt_exit(self, depth):
        if self.exits_left <= 0 or not self.p(0.3):
            return self.stmt_echo(depth)
        self.exits_left -= 1
        arg = self.pick(["", "(0)", "(3)", "(\"bye\\n\")", "(255)", "(256)", "(-1)", "()",
                         "(%s)" % self.expr(1)])
        word = self.pick(["exit", "die"])
        return self.line("if (%s) { %s%s; }" % (self.cond_expr(1), word, arg))

    def stmt_return(self, depth):
        if not self.in_function:
            return self.stmt_echo(depth)
        return self.line("if (%s) { return %s; }" % (self.cond_expr(1), self.expr(1, self.ret_kind)))

    def stmt_if(self, depth):
        out = self.line("if (%s) {" % self.cond_expr(2))
        self.indent += 1
        out += self.block(self.r.randint(1, 3), depth - 1)
        self.indent -= 1
        for _ in range(self.r.randint(0, 2)):
            out += self.line("} elseif (%s) {" % self.cond_expr(1))
            self.indent += 1
            out += self.block(self.r.randint(1, 2), depth - 1)
            self.indent -= 1
        if self.p(0.5):
            out += self.line("} else {")
            self.indent += 1
            out += self.block(self.r.randint(1, 2), depth - 1)
            self.indent -= 1
        out += self.line("}")
        return out

    def loop_body(self, depth, iters):
        self.scope.breakables.append("loop")
        old = self.mult
        self.mult *= max(iters, 1)
        body = self.block(self.r.randint(1, 4), depth - 1)
        self.mult = old
        self.scope.breakables.pop()
        return body

    def stmt_loop(self, depth):
        c = self.new_counter()
        n = self.r.randint(0, 4)
        k = self.r.randrange(5)
        lim = str(n) if self.p(0.8) else self.q(str(n))
        out = ""
        if k == 0:
            out += self.line("for (%s = 0; %s < %s; %s++) {" % (c, c, lim, c))
            close = "}"
        elif k == 1:
            out += self.line("%s = 0;" % c)
            cond = "%s++ < %s" % (c, lim)
            if self.p(0.3):
                cond += " && %s" % self.cond_expr(0)
            out += self.line("while (%s) {" % cond)
            close = "}"
        elif k == 2:
            out += self.line("%s = 0;" % c)
            out += self.line("do {")
            close = "} while (++%s < %s);" % (c, lim)
        elif k == 3:
            out += self.line("for (%s = %s; %s > 0; --%s):" % (c, lim, c, c))
            close = "endfor;"
        else:
            out += self.line("%s = %s;" % (c, n))
            out += self.line("while (%s-- > 0):" % c)
            close = "endwhile;"
        self.indent += 1
        self.scope.counters.append(c)
        out += self.loop_body(depth, n)
        self.scope.counters.remove(c)
        self.indent -= 1
        out += self.line(close)
        return out

    # -- switch -----------------------------------------------------------
    def switch_subject(self):
        k = self.r.randrange(18)
        s = self.scope
        if k < 3:
            return self.pick(s.counters) if s.counters else self.pick(SMALL_INTS)
        if k < 5:
            return self.num_var()
        if k == 5:
            return self.pick(["1.0", "2.0", "2.5", "-1.0", "0.0", "3.0", "NAN", "1e20", "-0.0"])
        if k == 6:
            return self.q(self.pick(["1", "01", "1.0", " 1", "1 ", "2", "3", "1e0", "0x1",
                                     "a", "abc", "b", "", "foo", "1a", "b ", "x", "zz"]))
        if k == 7:
            return self.pick(["true", "false", "null"])
        if k == 8:
            return self.pick(s.undef_vars) if s.undef_vars else "$nothing"
        if k == 9:
            return self.str_var()
        if k == 10:
            return self.pick(s.mix_vars) if s.mix_vars else self.any_var()
        if k == 11:
            return self.pick(["%s++", "++%s", "%s--"]) % self.target_var("num")
        if k == 12:
            return self.user_call(1) or self.num_var()
        if k == 13:
            return "%s %% %s" % (self.pick(s.counters) if s.counters else self.num_var(),
                                 self.pick(["3", "5", "7"]))
        if k == 14:
            return self.builtin_call(1, "any")
        if k == 15:
            # a refcounted string Tmp as the subject
            return self.pick(["%s . ''", "sprintf('%%s', %s)", "str_repeat(%s, 1)",
                              "(string)%s", "strval(%s)", "'' . %s . ''"]) % \
                self.pick([self.str_var(), self.q(self.pick(CASE_STRINGS)), self.num_var()])
        if k == 16:
            return "%s + %s" % (self.num_var(), self.pick(["0", "1", "0.0", "'1'"]))
        return self.expr(1)

    def switch_cases(self):
        k = self.r.randrange(10)
        if k < 5:
            # all ints: a SWITCH_LONG jump table
            n = self.r.randint(5, 9)
            vals = []
            for _ in range(n):
                if self.p(0.12):
                    vals.append(self.pick(["1 + 1", "-1", "PHP_INT_MAX", "PHP_INT_MIN",
                                           "0x10", "2 * 3", "-0", "1 << 3", "10 % 4", "+3"]))
                else:
                    vals.append(str(self.r.randint(-2, 8)))
            return vals
        if k < 8:
            n = self.r.randint(2, 6)
            vals = [self.q(self.pick(CASE_STRINGS)) for _ in range(n)]
            if self.p(0.1):
                vals.append("'a' . 'b'")
            if self.p(0.2):
                vals.insert(self.r.randint(0, len(vals)), self.pick(MAGIC_CASES))
            return vals
        if k < 9:
            # numeric strings / floats / mixed: no jump table in php
            n = self.r.randint(2, 6)
            return [self.pick(["'1'", "'2'", "'01'", "'1.0'", "1.0", "2.5", "'abc'", "3",
                               "true", "false", "null", "''", "' 1'", "'1e0'", "0", "'a'"])
                    for _ in range(n)]
        # cases that are not constant, among constant ones
        n = self.r.randint(2, 6)
        return [self.pick([self.num_var(), self.scalar_lit(), "%s + 1" % self.num_var(),
                           self.str_var(), str(self.r.randint(0, 5)), str(self.r.randint(0, 5)),
                           self.q(self.pick(CASE_STRINGS))])
                for _ in range(n)]

    def stmt_switch(self, depth):
        subj = self.switch_subject()
        cases = self.switch_cases()
        has_default = self.p(0.75)
        clauses = ["case %s" % c for c in cases]
        if has_default:
            clauses.insert(self.r.randint(0, len(clauses)), "default")
        out = self.line("switch (%s) {" % subj)
        self.scope.breakables.append("switch")
        self.indent += 1
        if self.p(0.04):
            clauses = []
        for cl in clauses:
            if cl.startswith("case ") and self.p(0.15):
                # a label on its own line: what php reports there names the switch's line
                out += self.line("case")
                cl = "    " + cl[5:]
            out += self.line(cl + (":" if self.p(0.95) else ";"))
            self.indent += 1
            r = self.r.random()
            if r < 0.2:
                pass  # empty: falls through
            else:
                out += self.line("echo %s;" % php_str(cl.replace("case ", "") + ">"))
                if depth > 1 and self.p(0.15):
                    out += self.stmt_switch(depth - 1)
                elif self.p(0.5):
                    out += self.block(self.r.randint(1, 2), depth - 1)
                r2 = self.r.random()
                if r2 < 0.55:
                    out += self.line("break;")
                elif r2 < 0.7 and len(self.scope.breakables) > 1:
                    n = self.r.randint(2, len(self.scope.breakables))
                    out += self.line("%s %d;" % (self.pick(["break", "continue"]), n))
                elif r2 < 0.75 and self.in_function:
                    out += self.line("return %s;" % self.expr(1, self.ret_kind))
                elif r2 < 0.78 and len(self.scope.breakables) > 1:
                    out += self.line("continue;")
            self.indent -= 1
        self.indent -= 1
        self.scope.breakables.pop()
        out += self.line("}")
        if self.p(0.5):
            out += self.line("echo \"|\\n\";")
        return out

    # -- functions --------------------------------------------------------
    def default_value(self, kind):
        if self.p(0.4):
            d = self.pick(CONST_DEFAULTS)
            if self.risky(0.02):
                d = self.pick(["1 % 0", "1 << -1", "1 / 0"])
            return d
        return {"num": self.num_lit, "str": self.str_lit}.get(kind, self.scalar_lit)()

    def enter(self, scope, name, ret_kind, cost):
        saved = (self.scope, self.indent, self.mult, self.cost, self.in_function, self.ret_kind)
        self.scope, self.indent, self.mult, self.cost = scope, 1, 1, cost
        self.in_function, self.ret_kind = name, ret_kind
        return saved

    def leave(self, saved):
        (self.scope, self.indent, self.mult, self.cost, self.in_function, self.ret_kind) = saved

    def gen_function(self, idx):
        if self.p(0.2):
            return self.gen_recursive(idx)
        name = "f%d" % idx
        nparams = self.r.randint(0, 4) if self.p(0.85) else self.r.randint(5, 8)
        nreq = self.r.randint(0, nparams)
        kinds = [self.pick(["num", "num", "str", "any"]) for _ in range(nparams)]
        params = ["$p%d" % i for i in range(nparams)]
        decl = []
        for i, prm in enumerate(params):
            if i >= nreq:
                decl.append("%s = %s" % (prm, self.default_value(kinds[i])))
            else:
                decl.append(prm)
        if nparams >= 2 and nreq >= 2 and self.p(0.05):
            # optional before required: deprecated, and the default is never used
            decl[0] = "%s = %s" % (params[0], self.scalar_lit())
        many = self.p(0.15)
        nlocals = self.r.randint(20, 40) if many else self.r.randint(0, 3)
        locals_ = ["$v%d" % i for i in range(nlocals)]
        num_l = locals_[: nlocals // 2]
        str_l = locals_[nlocals // 2:]
        pnum = [p for p, k in zip(params, kinds) if k == "num"]
        pstr = [p for p, k in zip(params, kinds) if k == "str"]
        pany = [p for p, k in zip(params, kinds) if k == "any"]
        scope = Scope(num_l + pnum, str_l + pstr, ["$r"] + pany, ["$w", "$undef"])
        ret = self.pick(["num", "str", "any"])
        saved = self.enter(scope, name, ret, 1)
        body = ""
        for v in num_l:
            body += self.line("%s = %s;" % (v, self.num_expr(1)))
        for v in str_l:
            body += self.line("%s = %s;" % (v, self.str_expr(1)))
        body += self.block(self.r.randint(2, 6), 2)
        if many:
            body += self.line("echo %s, \"\\n\";" % " . ' ' . ".join(locals_))
        if self.p(0.85):
            body += self.line("return %s;" % self.expr(2, ret))
        else:
            ret = "any"  # returns null
        cost = self.cost
        self.leave(saved)
        self.funcs.append(Func(name, kinds, nreq, ret, cost))
        return "function %s(%s)\n{\n%s}\n" % (name, ", ".join(decl), body)

    def gen_recursive(self, idx):
        """Recursion to the depth given by the first argument."""
        name = "f%d" % idx
        nextra = self.r.randint(0, 2)
        kinds = ["num"] + [self.pick(["num", "str"]) for _ in range(nextra)]
        params = ["$n"] + ["$q%d" % i for i in range(nextra)]
        decl = ["$n"] + ["$q%d = %s" % (i, self.default_value(kinds[i + 1])) for i in range(nextra)]
        scope = Scope(["$k"] + [p for p, k in zip(params[1:], kinds[1:]) if k == "num"],
                      ["$m"] + [p for p, k in zip(params[1:], kinds[1:]) if k == "str"],
                      [], ["$w"])
        style = self.r.randrange(5)
        ret = {0: "any", 1: "num", 2: "any", 3: "any", 4: "num"}[style]
        saved = self.enter(scope, name, ret, 0)
        body = ""
        body += self.line("$k = %s;" % self.num_expr(1))
        body += self.line("$m = %s;" % self.str_expr(1))
        rec_args = ["$n - 1"]
        for p, k in zip(params[1:], kinds[1:]):
            rec_args.append(self.pick(["%s", "%s . 'x'", "'m'"] if k == "str" else
                                      ["%s", "%s + 1", "$k", "$n"]).replace("%s", p))
        call = "%s(%s)" % (name, ", ".join(rec_args))
        if style == 0:
            body += self.line("if ($n <= 0) {")
            body += self.line("    return %s;" % self.expr(1))
            body += self.line("}")
            body += self.line("return %s %s %s;" % (call, self.pick(["+", ".", "-", "<=>", "??"]),
                                                    self.pick(["$k", "$n", "1", "$m"])))
        elif style == 1:
            body += self.line("if ($n > 0) {")
            body += self.line("    %s;" % call)
            body += self.line("}")
            body += self.line("if ($n %% %d == 0) { echo $n, ' '; }" % self.r.choice([1, 7, 50]))
            body += self.line("return $n;")
        elif style == 2:
            # the error happens at the bottom: a stack trace through every level
            body += self.line("if ($n <= 0) {")
            self.indent += 1
            body += self.line("return %s;" % self.pick([
                "str_repeat('x', -1)", "intdiv(1, 0)", "1 % 0", "$k / 0", "$w + 1",
                self.builtin_call(1, "any"), "1 << -1", "max($n)", "$m % 0",
                "sprintf('%d %d', $k)", "number_format($m)",
            ]))
            self.indent -= 1
            body += self.line("}")
            body += self.line("return %s;" % call)
        elif style == 3:
            body += self.block(self.r.randint(1, 3), 1)
            body += self.line("return $n <= 0 ? %s : %s;" % (self.expr(1), call))
        else:
            # a big frame per level, extra arguments at each call: the VM stack
            # crosses pages on the way down and back up
            nloc = self.r.randint(20, 60)
            for i in range(nloc):
                body += self.line("$z%d = %s;" % (i, self.pick(["$n + %d" % i, "'s' . $n",
                                                                "$n * 1.5", "$k", "$m . $n"])))
            extra = ", ".join(self.pick(["$z%d" % self.r.randrange(nloc), "$n", "'e'", "1.5"])
                              for _ in range(self.r.randint(1, 3)))
            body += self.line("if ($n > 0) {")
            body += self.line("    $k = %s(%s, %s);" % (name, ", ".join(rec_args), extra))
            body += self.line("}")
            body += self.line("if ($n %% %d == 0) { echo $n, ':', $z0, ' ', $z%d, \"\\n\"; }"
                              % (self.r.choice([25, 50, 100]), nloc - 1))
            body += self.line("return %s;" % self.pick(["$n", "$k", "strlen($m)", "$k + $n"]))
        self.leave(saved)
        f = Func(name, kinds, 1, ret, 40, recursive=True)
        f.error_style = style == 2
        self.funcs.append(f)
        return "function %s(%s)\n{\n%s}\n" % (name, ", ".join(decl), body)

    def gen_boom(self):
        """A function that ends in an uncaught error after changing its parameters,
        called through another with extra arguments: the trace shows them all."""
        nparams = self.r.randint(1, 4)
        nreq = self.r.randint(0, nparams)
        params = ["$b%d" % i for i in range(nparams)]
        decl = [p if i < nreq else "%s = %s" % (p, self.default_value("any"))
                for i, p in enumerate(params)]
        scope = Scope(params[:1], params[1:2], params[2:], ["$nothing"])
        saved = self.enter(scope, "boom", "any", 1)
        body = ""
        for _ in range(self.r.randint(0, 3)):
            body += self.line("%s = %s;" % (self.pick(params), self.expr(1)))
        err = self.pick([
            "str_repeat(%s, -1)", "intdiv(%s, 0)", "%s %% 0", "fmod(%s, 'x')",
            "max(%s)", "sprintf('%%d %%d %%d', %s)", "number_format(%s, 2, 'x', 'y', 'z')",
            "str_repeat('ab', %s - 1000)", "%s << -1", "gettype(%s, 1)", "strlen(%s, %s)",
            "round(%s, 'a')", "pow(%s, 2, 3)", "intdiv(PHP_INT_MIN, -1 + 0 * %s)",
        ])
        args = [self.pick(params + [self.scalar_lit(), "$nothing"]) for _ in range(err.count("%s"))]
        if self.p(0.4):
            # the error happens in an operation that would write a parameter: the
            # trace shows the parameter's value from before
            tgt = self.pick(params)
            err = self.pick(["%s %% 0", "intdiv(%s, 0)", "str_repeat(%s, -1)", "%s << -1",
                             "%s . max(%s)", "fmod(%s, 'x')", "%s / 0", "%s + sprintf('%%d%%d', %s)",
                             "round(%s, 2, 3, 4)"])
            args = [tgt] + [self.pick(params) for _ in range(err.count("%s") - 1)]
            body += self.line("%s = %s;" % (tgt, err % tuple(args)))
        else:
            body += self.line("return %s;" % (err % tuple(args)))
        self.leave(saved)
        src = "function boom(%s)\n{\n%s}\n" % (", ".join(decl), body)
        # the caller
        n = max(nreq, self.r.randint(0, nparams + 3))
        lits = [self.scalar_lit() if self.p(0.7) else self.pick(["'a string longer than fifteen'",
                                                                 "PHP_INT_MAX", "1.5e300", "-0.0",
                                                                 "\"tab\\there\"", "null"])
                for _ in range(n)]
        src += "function caller($c0, $c1 = 2)\n{\n    return boom(%s);\n}\n" % ", ".join(
            ["$c0", "$c1"][: min(2, n)] + lits[2:])
        call = "caller(%s%s)" % (lits[0] if lits else "1", ", " + lits[1] if len(lits) > 1 else "")
        r = self.r.random()
        if r < 0.4:
            call = "caller(%s, %s, %s)" % (lits[0] if lits else "1", self.scalar_lit(), self.scalar_lit())
        elif r < 0.6:
            # the error comes while the outer calls wait for their arguments
            inner = self.pick(["intdiv(1, 0)", "1 % 0", "str_repeat('x', -1)", "caller(1 << -1)",
                               "max(1)", "caller({}, 2 % 0)".format(self.scalar_lit())])
            outer = self.pick(["caller({}, {}, {})", "max({}, {}, 1, 2, 3, {})",
                               "sprintf('%s %s %s', {}, {}, {})", "caller({}, caller({}, {}))"])
            parts = [self.scalar_lit(), self.scalar_lit(), inner]
            if self.p(0.5):
                parts = [self.scalar_lit(), inner, self.scalar_lit()]
            call = outer.format(*parts)
        return src, call

    # -- program ----------------------------------------------------------
    def program(self):
        self.ret_kind = "any"
        funcs = [self.gen_function(i) for i in range(self.r.randint(0, 5))]
        self.scope = Scope(["$a", "$b", "$c", "$n"], ["$s", "$t"], ["$x", "$y"], ["$u", "$undef"])
        self.in_function = None
        self.indent = 0
        self.mult = 1
        self.cost = 0
        self.exits_left = 1
        top = ""
        for v in self.scope.num_vars:
            if self.p(0.9):
                top += self.line("%s = %s;" % (v, self.num_lit()))
        for v in self.scope.str_vars:
            if self.p(0.9):
                top += self.line("%s = %s;" % (v, self.str_lit(numeric=self.p(0.2))))
        for v in self.scope.mix_vars:
            top += self.line("%s = %s;" % (v, self.scalar_lit()))
        top += self.block(self.r.randint(2, 8), 3)
        if self.p(0.2):
            # a conditional declaration: known only once the if has run
            cond = self.pick(["true", "1 < 2", "!isset($u)", "PHP_INT_SIZE == 8", "$u === null"]
                             + (["false"] if self.risky(0.05) else []))
            f = self.gen_function(len(self.funcs) + 10)
            top += "if (%s) {\n%s}\n" % (cond, f)
        top += self.block(self.r.randint(1, 6), 3)
        if self.risky(0.01):
            top += self.line("echo nosuch(%s);" % self.expr(1))
        if self.p(0.15):
            src, call = self.gen_boom()
            funcs.append(src)
            top += self.line("echo %s;" % call)
        top += self.line('echo "done\\n";')
        if self.diag and self.funcs and self.p(0.5):
            # a redeclared function, perhaps spelled in another case
            name = self.pick(self.funcs).name
            name = name.upper() if self.p(0.3) else name
            funcs.insert(self.r.randint(0, len(funcs)),
                         "function %s($q = %s) {\n    return \"${q}\";\n}\n" % (name, self.scalar_lit()))
        if self.diag and self.p(0.2):
            top += "__halt_compiler();" + self.pick(["", " trailing data", "?>\nhtml", "\n<?php echo 1;"])
        if self.p(0.5) or not funcs:
            return "<?php\n" + "".join(funcs) + top
        return "<?php\n" + top + "".join(funcs)


GENERATORS = ("scalar", "arrays", "objects", "classes", "cycles")


def generate(seed, generator="scalar"):
    if generator == "arrays":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import arraygen
        return arraygen.generate(seed)
    if generator == "objects":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import objectgen
        return objectgen.generate(seed)
    if generator == "classes":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import classgen
        return classgen.generate(seed)
    if generator == "cycles":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import cyclegen
        return cyclegen.generate(seed)
    return Gen(random.Random(seed)).program()


# ---------------------------------------------------------------------------
# Running

MEMORY_MESSAGES = (b"Allowed memory size of", b"Hard memory limit")


def run_one(cmd, path, timeout):
    try:
        p = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired:
        return b"", b"", "timeout"


def compare(source, path, args):
    with open(path, "w") as f:
        f.write(source)
    php = run_one([args.php, "-n"], path, args.timeout)
    if php[2] == "timeout" or any(m in php[0] + php[1] for m in MEMORY_MESSAGES):
        # runaway programs: how much memory a string costs is not php's behaviour
        # to copy byte for byte
        return "skip", php, None
    mini = run_one([args.miniphp], path, args.timeout)
    return ("same" if php == mini else "differ"), php, mini


def save(outdir, tag, source, php, mini):
    base = os.path.join(outdir, tag)
    with open(base + ".php", "w") as f:
        f.write(source)
    for name, res in (("php", php), ("miniphp", mini)):
        with open("%s.%s.out" % (base, name), "wb") as f:
            f.write(res[0])
            if res[1]:
                f.write(b"\n--- stderr ---\n" + res[1])
            f.write(("\n--- exit %s ---\n" % res[2]).encode())


def cmd_run(args):
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="diffgen-")
    lock = threading.Lock()
    state = {"next": 0, "ran": 0, "differ": 0, "skip": 0}

    def worker(wid):
        path = os.path.join(work, "w%d" % wid, "prog.php")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        while True:
            with lock:
                i = state["next"]
                if i >= args.n:
                    return
                state["next"] += 1
            seed = args.seed * 1000003 + i
            src = generate(seed, args.generator)
            verdict, php, mini = compare(src, path, args)
            with lock:
                if verdict == "skip":
                    state["skip"] += 1
                    continue
                state["ran"] += 1
                if verdict == "differ":
                    state["differ"] += 1
                    save(args.out, "s%d-%06d" % (args.seed, i), src, php, mini)
                if args.verbose and state["ran"] % 500 == 0:
                    print("%d programs, %d differ" % (state["ran"], state["differ"]),
                          file=sys.stderr, flush=True)

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(args.jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shutil.rmtree(work, ignore_errors=True)
    extra = " (%d skipped: php timed out or ran out of memory)" % state["skip"] if state["skip"] else ""
    print("%d programs, %d differ%s" % (state["ran"], state["differ"], extra))


def cmd_check(args):
    work = tempfile.mkdtemp(prefix="diffgen-")
    path = os.path.join(work, "prog.php")
    differ = 0
    for fn in args.files:
        with open(fn) as f:
            src = f.read()
        verdict, php, mini = compare(src, path, args)
        if verdict == "differ":
            differ += 1
        print("%s: %s" % (fn, verdict))
        if verdict == "differ" and args.verbose:
            print("--- php (exit %s)\n%s%s" % (php[2], php[0].decode(errors="replace"),
                                              php[1].decode(errors="replace")))
            print("--- miniphp (exit %s)\n%s%s" % (mini[2], mini[0].decode(errors="replace"),
                                                  mini[1].decode(errors="replace")))
    shutil.rmtree(work, ignore_errors=True)
    print("%d programs, %d differ" % (len(args.files), differ))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("--seed", type=int, default=None)
    g.add_argument("--generator", choices=GENERATORS, default="scalar")
    for name in ("run", "check"):
        r = sub.add_parser(name)
        r.add_argument("--miniphp", default="build/miniphp")
        r.add_argument("--php", default="php")
        r.add_argument("--timeout", type=float, default=10)
        r.add_argument("-v", "--verbose", action="store_true")
        if name == "run":
            r.add_argument("-n", type=int, default=1000)
            r.add_argument("--seed", type=int, default=1)
            r.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "diffgen-out"))
            r.add_argument("--jobs", type=int, default=2)
            r.add_argument("--generator", choices=GENERATORS, default="scalar",
                           help="scalar: this file's generator; arrays: fuzz/arraygen.py; objects: fuzz/objectgen.py; classes: fuzz/classgen.py; cycles: fuzz/cyclegen.py")
        else:
            r.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.cmd == "gen":
        seed = args.seed if args.seed is not None else random.randrange(1 << 30)
        sys.stdout.write(generate(seed, args.generator))
    elif args.cmd == "run":
        cmd_run(args)
    else:
        cmd_check(args)


if __name__ == "__main__":
    main()
