"""Random PHP programs over reference cycles and the cycle collector, for fuzz/diffgen.py
(`--generator cycles`).

A program works on a few variables ($v0..$v5) holding objects (class G, whose destructor
prints its name; class P, without destructor; class R, whose destructor resurrects the
object the first times; class C, whose destructor calls gc_collect_cycles() itself;
class T, whose destructor throws while gc_collect_cycles() runs, the exceptions and
their previous chain printed by the caller),
arrays, or null, and draws random edges between them: properties, array elements
(appended or keyed), references (a variable bound into an element, a property turned
into a reference cell), closures stored on objects (capturing by value, by reference,
arrow functions, closures bound to $this, first-class callables), static variables and
static properties. It drops variables at random (unset, null, reassignment), builds
cycles inside functions and loops (some long enough to reach the 10,001-root threshold,
printing gc_status() whenever an automatic run happens), toggles gc_disable()/
gc_enable(), and at random points prints what gc_collect_cycles() returns and the
runs/collected/roots counters of gc_status(). Destructor output (order included) and the
handles new objects get after a collection (spl_object_id) are compared too, and the
script ends with uncollected cycles so that php's shutdown order is compared.

Every program is deterministic under php: no time, memory or randomness is printed,
loops are bounded by counters, and statements that would fail on the wrong kind of
value are guarded (is_object / is_array).
"""

import random

VARS = ["$v0", "$v1", "$v2", "$v3", "$v4", "$v5"]
PROPS = ["a", "b"]

PRELUDE = r"""
class G {
    public $a; public $b; public $arr = []; public $fn;
    function __construct(public $name) {}
    function __destruct() { echo "~{$this->name}\n"; }
    function bind() { return function () { return $this->name; }; }
    function me() { return $this->name; }
}
class P {
    public $a; public $b; public $arr = []; public $fn;
    function __construct(public $name) {}
}
class R extends G {
    public static $saved = [];
    public static $budget = 2;
    function __destruct() {
        echo "~R {$this->name}";
        if (R::$budget > 0) { R::$budget--; R::$saved[] = $this; echo " (saved)"; }
        echo "\n";
    }
}
class C extends G {
    function __destruct() { echo "~C {$this->name} inner gc=", gc_collect_cycles(), "\n"; }
}
function st($label) {
    $s = gc_status();
    echo "[$label] runs={$s['runs']} collected={$s['collected']} roots={$s['roots']}\n";
}
class T extends G {
    public static $armed = false;
    function __destruct() {
        echo "~T {$this->name}\n";
        if (T::$armed) { throw new RuntimeException("T {$this->name}"); }
    }
}
function gc($label) {
    // T's destructor throws only during these calls, so every exception is caught here
    T::$armed = true;
    try {
        echo "[$label] gc=", gc_collect_cycles(), "\n";
    } catch (RuntimeException $e) {
        echo "\n[$label] caught";
        for (; $e; $e = $e->getPrevious()) { echo " <", $e->getMessage(), ">"; }
        echo "\n";
    } finally {
        T::$armed = false;
    }
}
function ring($prefix, $n, $cls) {
    $first = $prev = new $cls($prefix . '0');
    for ($i = 1; $i < $n; $i++) { $o = new $cls($prefix . $i); $prev->a = $o; $prev = $o; }
    $prev->a = $first;
    return $first;
}
function pair($prefix) { $x = new G($prefix . 'x'); $y = new P($prefix . 'y'); $x->a = $y; $y->a = $x; }
function keep($o) { static $kept = []; $kept[] = $o; if (count($kept) > 2) { $kept = []; echo "keep: reset\n"; } }
class Registry { public static $items = []; }
class L extends P { function __destruct() { if ($this->name % 1000 == 0) { echo "~L{$this->name}\n"; } } }
"""


class CycleGen:
    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.counter = 0
        self.labels = 0
        self.loops = 0
        self.big_loop_budget = 1 if self.r.random() < 0.35 else 0

    def pick(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def line(self, text):
        self.lines.append(text)

    def name(self):
        self.counter += 1
        return "n%d" % self.counter

    def label(self):
        self.labels += 1
        return "s%d" % self.labels

    def var(self):
        return self.pick(VARS)

    def new_object(self):
        cls = self.pick(["G", "G", "G", "P", "P", "R", "C", "T"])
        return "new %s('%s')" % (cls, self.name())

    def value(self):
        roll = self.r.random()
        if roll < 0.55:
            return self.new_object()
        if roll < 0.75:
            return self.var()
        if roll < 0.9:
            return "[%s]" % ", ".join(self.pick([self.new_object(), self.var(), "1", "'s'"])
                                      for _ in range(self.r.randint(0, 3)))
        return "null"

    def if_object(self, v, text):
        self.line("if (is_object(%s)) { %s }" % (v, text))

    def if_array(self, v, text):
        self.line("if (is_array(%s)) { %s }" % (v, text))

    # -- statements ------------------------------------------------------------
    def edge(self):
        v, w = self.var(), self.var()
        roll = self.r.random()
        if roll < 0.25:
            self.if_object(v, "%s->%s = %s;" % (v, self.pick(PROPS), w))
        elif roll < 0.40:
            self.if_object(v, "%s->arr[] = %s;" % (v, w))
        elif roll < 0.50:
            # a reference to the variable itself, stored in an element
            self.if_object(v, "%s->arr['r%s'] = &%s;" % (v, w[2:], w))
        elif roll < 0.58:
            # the property becomes a reference cell holding w
            self.if_object(v, "$cell = &%s->%s; $cell = %s; unset($cell);" % (v, self.pick(PROPS), w))
        elif roll < 0.68:
            self.if_array(v, "%s[] = %s;" % (v, w))
        elif roll < 0.74:
            self.if_array(v, "%s[] = &%s;" % (v, w))
        elif roll < 0.80:
            self.line("%s = [%s, %s];" % (v, w, self.value()))
        else:
            self.closure_edge(v, w)

    def closure_edge(self, v, w):
        roll = self.r.random()
        if roll < 0.3:
            self.if_object(v, "%s->fn = function () use (%s) { return is_object(%s) ? 1 : 0; };" % (v, w, w))
        elif roll < 0.5:
            self.if_object(v, "%s->fn = function () use (&%s) { return is_object(%s) ? 1 : 0; };" % (v, w, w))
        elif roll < 0.65:
            self.if_object(v, "%s->fn = fn() => %s;" % (v, w))
        elif roll < 0.8:
            self.if_object(v, "if (%s instanceof G) { %s->fn = %s->bind(); }" % (v, v, v))
        elif roll < 0.9:
            self.if_object(v, "if (%s instanceof G) { %s->fn = %s->me(...); }" % (v, v, v))
        else:
            self.if_object(v, "if (%s->fn) { echo 'call: ', gettype((%s->fn)()), \"\\n\"; }" % (v, v))

    def drop(self):
        v = self.var()
        roll = self.r.random()
        if roll < 0.4:
            self.line("unset(%s);" % v)
        elif roll < 0.75:
            self.line("%s = null;" % v)
        else:
            self.line("%s = %s;" % (v, self.new_object()))

    def collect(self):
        roll = self.r.random()
        if roll < 0.55:
            self.line("gc('%s');" % self.label())
        elif roll < 0.85:
            self.line("st('%s');" % self.label())
        else:
            self.line("gc('%s'); st('%s');" % (self.label(), self.label()))

    def construct(self):
        roll = self.r.random()
        v = self.var()
        if roll < 0.3:
            self.line("%s = ring('%s', %d, '%s');" % (v, self.name(), self.r.randint(1, 4),
                                                      self.pick(["G", "P", "R", "T"])))
        elif roll < 0.5:
            self.line("pair('%s');" % self.name())
        elif roll < 0.65:
            self.line("keep(%s);" % self.var())
        elif roll < 0.8:
            self.line("Registry::$items[] = %s;" % self.var())
        elif roll < 0.88:
            self.line("Registry::$items = [];")
        elif roll < 0.94:
            self.line("R::$saved = [];")
        else:
            self.line("$a = [%s]; $a[] = &$a; unset($a);" % self.pick(["1", "'x'", self.new_object()]))

    def loop(self):
        self.loops += 1
        i = "$i%d" % self.loops
        if self.big_loop_budget and self.p(0.5):
            self.big_loop_budget -= 1
            n = self.r.randint(9990, 10020) if self.p(0.6) else self.r.randint(15000, 25000)
            # L's destructor prints every 1000th object only
            make = self.pick([
                "$o = new {c}({i}); $o->a = $o; unset($o);",
                "$o = new {c}({i}); $p = new P('p'); $o->a = $p; $p->a = $o; unset($o, $p);",
                "$o = [{i}]; $o[] = &$o; unset($o);",
                "$o = new {c}({i}); $keepalive[] = $o; unset($o);",
                "$o = new {c}({i}); $o->a = $o; if ({i} % 3 == 0) {{ $keepalive[] = $o; }} unset($o);",
            ]).format(c=self.pick(["L", "L", "P"]), i=i)
            self.line("$keepalive = []; $last = gc_status()['runs'];")
            self.line("for (%s = 0; %s < %d; %s++) {" % (i, i, n, i))
            self.line("    %s" % make)
            self.line("    $s = gc_status();")
            self.line("    if ($s['runs'] != $last) { echo \"auto run at %s=\", %s, ': ', json_encode($s), \"\\n\"; $last = $s['runs']; }" % (i[1:], i))
            self.line("}")
            self.line("$keepalive = null;")
            return
        n = self.r.randint(1, 6)
        self.line("for (%s = 0; %s < %d; %s++) {" % (i, i, n, i))
        roll = self.r.random()
        v = self.var()
        if roll < 0.4:
            self.line("    $t = new G('%s-' . %s); $t->a = $t;" % (self.name(), i))
            self.line("    unset($t);")
        elif roll < 0.7:
            self.line("    %s = new G('%s-' . %s); %s->b = %s;" % (v, self.name(), i, v, self.var()))
        else:
            self.line("    if (%s %% 2) { gc('%s-' . %s); } else { st('%s-' . %s); }"
                      % (i, self.label(), i, self.label(), i))
        self.line("}")

    def toggle(self):
        roll = self.r.random()
        if roll < 0.45:
            self.line("gc_disable();")
        elif roll < 0.9:
            self.line("gc_enable();")
        else:
            self.line("var_dump(gc_enabled());")

    def dump(self):
        roll = self.r.random()
        v = self.var()
        if roll < 0.5:
            self.line("echo 'new id ', spl_object_id(new stdClass), \"\\n\";")
        elif roll < 0.8:
            self.if_object(v, "echo 'id of %s ', spl_object_id(%s), ' ', %s->name, \"\\n\";" % (v[1:], v, v))
        else:
            self.line("var_dump(%s);" % v)

    def stmt(self):
        roll = self.r.random()
        if roll < 0.2:
            self.line("%s = %s;" % (self.var(), self.value()))
        elif roll < 0.45:
            self.edge()
        elif roll < 0.6:
            self.drop()
        elif roll < 0.74:
            self.collect()
        elif roll < 0.84:
            self.construct()
        elif roll < 0.9:
            self.loop()
        elif roll < 0.94:
            self.toggle()
        else:
            self.dump()

    def program(self):
        for v in VARS:
            roll = self.r.random()
            self.line("%s = %s;" % (v, self.new_object() if roll < 0.5 else "[]" if roll < 0.75 else "null"))
        for _ in range(self.r.randint(10, 30)):
            self.stmt()
        roll = self.r.random()
        if roll < 0.5:
            self.line("gc('end'); st('end');")
        elif roll < 0.75:
            self.line("st('end');")
        self.line("echo \"end\\n\";")
        return "<?php" + PRELUDE + "\n".join(self.lines) + "\n"


def generate(seed):
    return CycleGen(random.Random(seed)).program()
