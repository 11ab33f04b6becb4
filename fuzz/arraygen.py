"""Random PHP programs over arrays, references, foreach and the array library, for
fuzz/diffgen.py (`--generator arrays`).

A program works on a few array variables ($a0..$a3) and scalar ones ($s0..$s2):
literals with mixed keys, writes through offsets at any depth (appends, numeric
strings, floats, bools and null as keys), unset, copies that separate later,
references to variables and elements (the ones php's copy-on-write keeps shared),
foreach by value and by reference (writing to the array inside the loop), list()
destructuring, compound assignments and ++ on elements, comparisons, union, and
the array builtins miniphp has. Results are shown with var_dump, print_r,
var_export and debug_zval_dump (refcounts included), so a difference in sharing
shows as well as a difference in values. Loops are bounded by the arrays they walk
(copies) or by counters, so programs end.
"""

import random

KEYS = ["0", "1", "2", "3", "5", "-1", "10", "'a'", "'b'", "'k'", "'1'", "'01'", "'-0'", "''",
        "1.5", "true", "false", "null", "'x y'", "PHP_INT_MAX", "'9223372036854775808'", "2.0"]
SCALARS = ["0", "1", "-3", "42", "1.5", "-0.0", "'str'", "''", "'a'", "'10'", "true", "false", "null",
           "'multi char'", "PHP_INT_MAX", "0.1"]
ARRAY_VARS = ["$a0", "$a1", "$a2", "$a3"]
SCALAR_VARS = ["$s0", "$s1", "$s2"]
DUMPERS = ["var_dump", "print_r", "var_export", "debug_zval_dump"]
CALLBACKS = {
    "cb_double": "function cb_double($v) { return is_int($v) ? $v * 2 : $v; }",
    "cb_truthy": "function cb_truthy($v) { return (bool) $v; }",
    "cb_keyish": "function cb_keyish($k) { return $k !== 'a'; }",
    "cb_sum": "function cb_sum($c, $v) { return $c + (is_numeric($v) ? $v : 1); }",
    "cb_walk": "function cb_walk(&$v, $k) { if (is_int($v)) { $v++; } }",
    "by_ref_push": "function by_ref_push(&$list, $v) { $list[] = $v; return count($list); }",
    "by_ref_set": "function by_ref_set(&$slot, $v) { $slot = $v; }",
    "take_copy": "function take_copy($arr) { $arr[] = 'local'; return count($arr); }",
    "counter": "function counter() { static $n = 0; $n++; return $n; }",
    "touch_global": "function touch_global() { global $a0; $a0[] = 'from global'; }",
}


class ArrayGen:
    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.used_callbacks = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def line(self, text):
        self.lines.append(text)

    def scalar(self):
        return self.pick(SCALARS)

    def key(self):
        return self.pick(KEYS)

    def literal(self, depth=0):
        n = self.r.randint(0, 4)
        parts = []
        for _ in range(n):
            value = self.literal(depth + 1) if depth < 2 and self.r.random() < 0.2 else self.value_expr()
            if self.r.random() < 0.4:
                parts.append("%s => %s" % (self.key(), value))
            else:
                parts.append(value)
        return "[" + ", ".join(parts) + "]"

    def value_expr(self):
        roll = self.r.random()
        if roll < 0.55:
            return self.scalar()
        if roll < 0.75:
            return self.pick(SCALAR_VARS)
        if roll < 0.85:
            return "%s[%s] ?? %s" % (self.pick(ARRAY_VARS), self.key(), self.scalar())
        return "str_repeat('z', %d)" % self.r.randint(2, 4)

    def offsets(self):
        depth = self.r.choice([1, 1, 1, 2, 2, 3])
        out = ""
        for i in range(depth):
            out += "[]" if (i == depth - 1 and self.r.random() < 0.25) else "[%s]" % self.key()
        return out

    def read_offsets(self):
        return "".join("[%s]" % self.key() for _ in range(self.r.choice([1, 1, 2])))

    def dump(self, what):
        self.line("%s(%s);" % (self.pick(DUMPERS), what))
        if self.lines[-1].startswith(("print_r", "var_export")):
            self.line("echo \"\\n\";")

    def callback(self, name):
        """The function's name as a callable string; its declaration joins the program."""
        self.used_callbacks.add(name)
        return "'%s'" % name

    def stmt(self, depth):
        kind = self.r.random()
        a = self.pick(ARRAY_VARS)
        b = self.pick([v for v in ARRAY_VARS if v != a])
        if kind < 0.12:
            self.line("%s = %s;" % (a, self.literal()))
        elif kind < 0.26:
            self.line("%s%s = %s;" % (a, self.offsets(), self.value_expr()))
        elif kind < 0.32:
            op = self.pick([".=", "+=", "-=", "*="])
            self.line("%s[%s] %s %s;" % (a, self.key(), op, self.pick(["1", "2", "'x'", "0.5"])))
        elif kind < 0.36:
            self.line("%s[%s]%s;" % (a, self.key(), self.pick(["++", "--"])))
        elif kind < 0.42:
            self.line("unset(%s%s);" % (a, self.read_offsets()))
        elif kind < 0.48:
            self.line("%s = %s;" % (b, a))
        elif kind < 0.54:
            target = self.pick(SCALAR_VARS)
            self.line("%s = &%s[%s];" % (target, a, self.key()))
        elif kind < 0.58:
            self.line("%s[] = &%s;" % (a, self.pick(SCALAR_VARS)))
        elif kind < 0.60:
            self.line("%s = %s;" % (self.pick(SCALAR_VARS), self.value_expr()))
        elif kind < 0.62:
            # string offsets: writes to strings (and to whatever the variable holds)
            self.line("%s[%s] = %s;" % (self.pick(SCALAR_VARS), self.pick(["0", "1", "-1", "5", "'1'", "1.5"]),
                                        self.pick(["'q'", "'xy'", "7", "''"])))
        elif kind < 0.68 and depth < 2:
            self.foreach(a, depth)
        elif kind < 0.70:
            self.line("[%s, %s] = %s;" % (self.pick(SCALAR_VARS), self.pick(SCALAR_VARS), a))
        elif kind < 0.71:
            self.line("[%s => %s, %s => [%s]] = %s;" % (self.key(), self.pick(SCALAR_VARS), self.key(),
                                                        self.pick(SCALAR_VARS), a))
        elif kind < 0.72:
            self.line("%s%s ??= %s;" % (a, self.read_offsets(), self.value_expr()))
        elif kind < 0.76:
            self.line("var_dump(%s == %s, %s === %s, %s <=> %s);" % (a, b, a, b, a, b))
        elif kind < 0.79:
            self.line("%s = %s + %s;" % (self.pick(ARRAY_VARS), a, b))
        elif kind < 0.83:
            self.line("var_dump(count(%s), isset(%s%s), empty(%s[%s]));" % (a, a, self.read_offsets(), a, self.key()))
        elif kind < 0.88:
            self.library_call(a)
        elif kind < 0.92:
            name = self.pick(["by_ref_push", "by_ref_set", "take_copy", "counter", "touch_global"])
            self.used_callbacks.add(name)
            if name == "by_ref_push":
                self.line("var_dump(by_ref_push(%s, %s));" % (a, self.value_expr()))
            elif name == "by_ref_set":
                self.line("by_ref_set(%s[%s], %s);" % (a, self.key(), self.value_expr()))
            elif name == "take_copy":
                self.line("var_dump(take_copy(%s));" % a)
            elif name == "counter":
                self.line("var_dump(counter());")
            else:
                self.line("touch_global();")
        else:
            self.dump(self.pick([a, a, "%s%s" % (a, self.read_offsets()), self.pick(SCALAR_VARS)]))

    def library_call(self, a):
        roll = self.r.random()
        if roll < 0.3:
            self.line("var_dump(array_map(%s, %s));" % (self.callback("cb_double"), a))
        elif roll < 0.5:
            self.line("var_dump(array_filter(%s));" % a)
        elif roll < 0.6:
            self.line("var_dump(array_filter(%s, %s, ARRAY_FILTER_USE_KEY));" % (a, self.callback("cb_keyish")))
        elif roll < 0.75:
            self.line("var_dump(array_reduce(%s, %s, 0));" % (a, self.callback("cb_sum")))
        else:
            self.line("array_walk(%s, %s);" % (a, self.callback("cb_walk")))

    def foreach(self, a, depth):
        by_ref = self.r.random() < 0.35
        key = "$k%d => " % depth if self.r.random() < 0.6 else ""
        value = "$v%d" % depth
        self.line("foreach (%s as %s%s%s) {" % (a, key, "&" if by_ref else "", value))
        body = self.r.randint(1, 3)
        for _ in range(body):
            roll = self.r.random()
            if roll < 0.3:
                self.line("    echo %s, \"\\n\";" % ("is_array(%s) ? 'array' : %s" % (value, value)))
            elif roll < 0.5 and by_ref:
                self.line("    if (is_int(%s)) { %s += 100; }" % (value, value))
            elif roll < 0.6 and not by_ref:
                # appending while iterating by value: the loop sees its own copy
                self.line("    if (count(%s) < 12) { %s[] = 'added'; }" % (a, a))
            elif roll < 0.7:
                self.line("    if (%s === %s) { break; }" % (value, self.scalar()))
            elif roll < 0.8:
                self.line("    if (%s == %s) { continue; }" % (value, self.scalar()))
            else:
                self.line("    %s[] = %s;" % (self.pick([v for v in ARRAY_VARS if v != a]), value))
        self.line("}")
        if by_ref and self.r.random() < 0.5:
            self.line("unset(%s);" % value)

    def program(self):
        for var in ARRAY_VARS:
            self.line("%s = %s;" % (var, self.literal()))
        for var in SCALAR_VARS:
            self.line("%s = %s;" % (var, self.scalar()))
        for _ in range(self.r.randint(8, 25)):
            self.stmt(0)
        for var in ARRAY_VARS:
            self.dump(var)
        functions = [CALLBACKS[name] for name in sorted(self.used_callbacks)]
        return "<?php\n" + "\n".join(self.lines + functions) + "\n"


def generate(seed):
    return ArrayGen(random.Random(seed)).program()
