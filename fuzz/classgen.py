"""Random PHP programs over classes, visibility and the object builtins, for
fuzz/diffgen.py (`--generator classes`).

A program declares a chain of three classes (A, B extends A, C extends B) whose
properties and methods are redeclared down the chain with every visibility php
allows (a private one may come back as anything, a protected one as protected or
public), some with #[AllowDynamicProperties] and a __clone. It makes one object,
gives it dynamic properties (numeric names too), then looks at it from each
class's scope and from outside: foreach by value and by reference,
get_object_vars, property_exists and isset, get_class_methods, method_exists,
is_a, (array) and (object) casts, clone. What php's scope rules decide
(zend_check_property_access, zend_get_property_offset) shows in every output.
"""

import random

NAMES = ["a", "b", "c", "d"]
VISIBILITIES = ["public", "protected", "private"]
RANK = {"private": 0, "protected": 1, "public": 2}
CLASSES = ["A", "B", "C"]


def redeclarable(rng, previous):
    """A visibility php accepts for a redeclaration of a member declared `previous`."""
    return rng.choice([v for v in VISIBILITIES
                       if previous is None or previous == "private" or RANK[v] >= RANK[previous]])


def class_declaration(rng, index, declared, methods):
    cls = CLASSES[index]
    lines = []
    if rng.random() < 0.7:
        lines.append("#[AllowDynamicProperties]")
    lines.append(f"class {cls}" + (f" extends {CLASSES[index - 1]}" if index > 0 else "") + " {")
    for name in rng.sample(NAMES, rng.randint(0, 3)):
        declared[name] = redeclarable(rng, declared.get(name))
        lines.append(f'    {declared[name]} ${name} = "{cls}.{name}";')
    for method in rng.sample(["m1", "m2", "m3"], rng.randint(0, 2)):
        methods[method] = redeclarable(rng, methods.get(method))
        lines.append(f"    {methods[method]} function {method}() {{}}")
    if rng.random() < 0.3:
        lines.append(f'    public function __clone() {{ echo "clone in {cls}\\n"; '
                     f'$this->{rng.choice(NAMES)} = "cloned.{cls}"; }}')
    # What code of this class sees of an object.
    lines += [
        f'    public function walk{cls}($o) {{ $r = []; foreach ($o as $k => $v) $r[] = "$k=" . '
        f'(is_scalar($v) ? $v : gettype($v)); echo "{cls} walk: ", implode(",", $r), "\\n"; }}',
        f"    public function vars{cls}($o) {{ var_dump(get_object_vars($o)); }}",
        f'    public function refs{cls}($o) {{ foreach ($o as $k => &$v) {{ $v = "{cls}:" . $k; }} unset($v); }}',
        f'    public function exists{cls}($o) {{ foreach (["a","b","c","d","z"] as $p) '
        f'echo (int)property_exists($o, $p), (int)isset($o->$p); echo "\\n"; }}',
        f'    public function methods{cls}($o) {{ echo "{cls} methods: ", implode(",", get_class_methods($o)), "\\n"; }}',
        f'    public function add{cls}($o) {{ $o->{{"new{cls}"}} = 1; $o->a = "set by {cls}"; }}',
        "}",
    ]
    return lines


def operation(rng):
    cls = rng.choice(CLASSES)
    return rng.choice([
        f"(new {cls})->walk{cls}($o);",
        f"(new {cls})->vars{cls}($o);",
        f"(new {cls})->refs{cls}($o);",
        'foreach ($o as $k => $v) echo "out: $k=$v\\n";',
        'foreach ((array)$o as $k => $v) echo "arr: ", str_replace("\\0", "~", $k), "=$v\\n";',
        '$o = clone $o; echo spl_object_id($o), "\\n";',
        f"(new {cls})->exists{cls}($o);",
        "var_dump(get_object_vars($o));",
        'print_r((object)(array)$o); echo "\\n";',
        f'(new {cls})->methods{cls}($o); echo implode(",", get_class_methods($o)), "\\n";\n'
        f'var_dump(method_exists($o, "m1"), method_exists("{cls}", "m2"), is_a($o, "{cls}"), '
        f'is_subclass_of($o, "{cls}"), get_parent_class($o));',
        f"@(new {cls})->add{cls}($o);",
        "$copy = (array)$o; $back = (object)$copy; var_dump($back == $o, count($copy));",
    ])


def generate(seed):
    rng = random.Random(seed)
    lines = ["<?php"]
    declared, methods = {}, {}
    for index in range(len(CLASSES)):
        lines += class_declaration(rng, index, declared, methods)
    lines.append(f"$o = new {rng.choice(CLASSES)};")
    for name in rng.sample(NAMES + ["x", "7"], rng.randint(0, 3)):
        lines.append(f'@$o->{{"{name}"}} = "dyn.{name}";')
    lines += [operation(rng) for _ in range(rng.randint(3, 9))]
    lines.append("var_dump($o);")
    return "\n".join(lines) + "\n"
