"""Random PHP programs over objects and their lifecycle, for fuzz/diffgen.py
(`--generator objects`).

A program declares a few classes whose destructors print which object dies (some
throw, some store $this somewhere and come back to life), then works on object
variables ($o0..$o3), an array of objects ($list) and a holder object ($h):
creating objects (handles reused from php's free list), unset, reassignment, null,
copies into arrays and properties, cycles, objects created and dropped inside
functions, methods returning $this or new objects, static properties holding objects,
closures capturing objects by value and by reference (arrow functions too),
properties written through by-reference arguments (builtins and methods) and list(),
references to typed properties (checked assignments, conversions, TypeErrors),
exceptions thrown and caught around destructors (try/catch/finally, rethrow, previous
chains), and dumps (var_dump, print_r, debug_zval_dump, spl-free handle numbers show
in var_dump's #N). The script then ends, so php's shutdown order (lone globals last
first, then handle order) is compared too, and about one program in six ends with
an uncaught exception or exit() from a destructor.
"""

import random

OBJ_VARS = ["$o0", "$o1", "$o2", "$o3"]
CLASSES = ["Node", "Leaf", "Noisy"]

PRELUDE = r"""
class Node {
    public $name;
    public $next = null;
    public $data = [];
    public static $registry = [];
    function __construct($name) { $this->name = $name; echo "new {$this->name}\n"; }
    function __destruct() { echo "destruct {$this->name}\n"; }
    function link($other) { $this->next = $other; return $this; }
    function spawn($suffix) { return new Node($this->name . $suffix); }
    function keep() { Node::$registry[] = $this; return count(Node::$registry); }
    function swap(&$slot, $with) { $old = $slot; $slot = $with; return $old; }
}
class Leaf extends Node {
    function __destruct() { echo "leaf {$this->name}\n"; parent::__destruct(); }
}
class Noisy extends Node {
    public static $fail = false;
    function __destruct() {
        echo "noisy {$this->name}\n";
        if (Noisy::$fail) { Noisy::$fail = false; throw new RuntimeException("from destructor {$this->name}"); }
    }
}
class Typed {
    public int $count = 0;
    public ?string $label = null;
    public array $items = [];
    public ?Node $node = null;
    public static int $total = 0;
}
function set_to(&$slot, $value) { $slot = $value; }
class Boom extends Exception {}
function make($name) { $tmp = new Node($name . "-tmp"); return new Leaf($name); }
function drop($obj) { echo "drop {$obj->name}\n"; }
function risky($name) { $guard = new Node($name . "-guard"); throw new Boom("risky $name"); }
"""


class ObjectGen:
    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.counter = 0

    def pick(self, seq):
        return self.r.choice(seq)

    def line(self, text):
        self.lines.append(text)

    def name(self):
        self.counter += 1
        return "n%d" % self.counter

    def new_object(self):
        return "new %s('%s')" % (self.pick(CLASSES), self.name())

    def var(self):
        return self.pick(OBJ_VARS)

    def guarded(self, text):
        """Wraps a statement that may touch a variable holding no object."""
        return "if (%s instanceof Node) { %s }" % (text[0], text[1])

    def stmt(self, depth):
        roll = self.r.random()
        v = self.var()
        if roll < 0.14:
            self.line("%s = %s;" % (v, self.new_object()))
        elif roll < 0.20:
            self.line("unset(%s);" % v)
        elif roll < 0.25:
            self.line("%s = null;" % v)
        elif roll < 0.31:
            self.line("%s = %s;" % (v, self.var()))
        elif roll < 0.37:
            self.line("$list[] = %s;" % self.pick([self.var(), self.new_object()]))
        elif roll < 0.41:
            self.line("array_pop($list);")
        elif roll < 0.44:
            self.line("$list = [];")
        elif roll < 0.50:
            w = self.var()
            self.line(self.guarded((v, "%s->link(%s);" % (v, w))))
        elif roll < 0.54:
            self.line(self.guarded((v, "%s->next = null;" % v)))
        elif roll < 0.58:
            self.line("%s = make('%s');" % (v, self.name()))
        elif roll < 0.61:
            self.line("drop(%s);" % self.new_object())
        elif roll < 0.64:
            self.line(self.guarded((v, "%s = %s->spawn('-s');" % (self.var(), v))))
        elif roll < 0.67:
            self.line(self.guarded((v, "echo %s->keep(), \"\\n\";" % v)))
        elif roll < 0.69:
            self.line("Node::$registry = [];")
        elif roll < 0.73:
            self.line("$h->data['%s'] = %s;" % (self.pick(["a", "b", "c"]), self.pick([self.var(), self.new_object()])))
        elif roll < 0.76:
            self.line("$h->data = [];")
        elif roll < 0.81:
            self.closure(v)
        elif roll < 0.88 and depth < 2:
            self.try_block(depth)
        elif roll < 0.91:
            self.line("Noisy::$fail = true; %s = null;" % self.pick(["$o0", "$o1"]))
            self.line("Noisy::$fail = false;")
        elif roll < 0.92:
            self.dump()
        elif roll < 0.95:
            self.by_reference(v)
        elif roll < 0.98:
            self.typed_reference()
        else:
            w = self.var()
            self.line("var_dump(%s === %s, %s == %s);" % (v, w, v, w))

    def by_reference(self, v):
        """Properties written through references: by-reference arguments of builtins
        and methods (unknown callees), list() into properties, @ around a throw."""
        roll = self.r.random()
        obj = self.pick([self.var(), self.new_object()])
        if roll < 0.2:
            self.line("array_push($h->data, %s);" % obj)
        elif roll < 0.3:
            self.line("array_pop($h->data);")
        elif roll < 0.5:
            self.line("%s = $h->swap($h->next, %s);" % (v, obj))
        elif roll < 0.6:
            self.line("%s = $h->swap(Node::$registry, []);" % v)
        elif roll < 0.8:
            self.line("[$h->next, %s] = [%s, %s];" % (v, obj, self.var()))
        else:
            self.line("try { @risky('%s'); } catch (Boom $e) { echo @$undefined, 'silenced ', $e->getMessage(), \"\\n\"; }" % self.name())
            self.line("echo $undefined ?? 'shown', \"\\n\";")

    def typed_reference(self):
        """References to typed properties: what is assigned through them is checked
        (and converted) against every property holding them, by assignment, op=,
        ++, by-reference arguments and elements; the object or the binding going."""
        target = self.pick(["$ty->count", "$ty->label", "$ty->items", "$ty->node", "Typed::$total"])
        value = self.pick(["5", "'7'", "'x'", "2.5", "null", "[1]", "true", self.new_object(), "PHP_INT_MAX"])
        roll = self.r.random()
        self.line("try {")
        if roll < 0.3:
            self.line("    $tr = &%s; $tr = %s;" % (target, value))
        elif roll < 0.45:
            self.line("    set_to(%s, %s);" % (target, value))
        elif roll < 0.6:
            self.line("    $tr = &%s; $tr++; $tr .= 'z';" % target)
        elif roll < 0.7:
            self.line("    $ta = [&%s]; $tb = $ta; $tb[0] = %s;" % (target, value))
        elif roll < 0.8:
            self.line("    $tr = &%s; $tr[] = %s;" % (target, value))
        elif roll < 0.9:
            self.line("    %s = &$tr;" % target)
        else:
            self.line("    $ty = new Typed; unset($tr);")
        self.line("} catch (TypeError $e) { echo 'TypeError: ', $e->getMessage(), \"\\n\"; }")
        self.line("var_dump(%s);" % target)

    def closure(self, v):
        roll = self.r.random()
        if roll < 0.35:
            self.line("$fn = function () use (%s) { return %s instanceof Node ? %s->name : 'none'; };" % (v, v, v))
            self.line("echo $fn(), \"\\n\";")
        elif roll < 0.55:
            self.line("$fn = function () use (&%s) { %s = null; };" % (v, v))
            self.line("$fn();")
        elif roll < 0.8:
            self.line("$fn = fn() => %s instanceof Node ? %s->name : 'none';" % (v, v))
            self.line("echo $fn(), \"\\n\";")
        else:
            self.line("$fn = null;")

    def try_block(self, depth):
        self.line("try {")
        roll = self.r.random()
        if roll < 0.35:
            self.line("    risky('%s');" % self.name())
        elif roll < 0.55:
            self.line("    $t = %s;" % self.new_object())
            self.line("    throw new Boom('boom ' . $t->name, 3, new LogicException('inner'));")
        elif roll < 0.7:
            self.line("    Noisy::$fail = true;")
            self.line("    $t = new Noisy('%s');" % self.name())
            self.line("    unset($t);")
            self.line("    Noisy::$fail = false;")
        else:
            self.stmt(depth + 1)
        self.line("} catch (Boom $e) {")
        self.line("    echo $e::class, ': ', $e->getMessage(), ' ', $e->getCode(), ' ', $e->getLine(), \"\\n\";")
        self.line("    if ($e->getPrevious()) { echo 'previous ', $e->getPrevious()->getMessage(), \"\\n\"; }")
        self.line("} catch (RuntimeException | LogicException $e) {")
        self.line("    echo 'caught ', $e->getMessage(), \"\\n\";")
        if self.r.random() < 0.5:
            self.line("} finally {")
            self.line("    echo \"finally\\n\";")
            if self.r.random() < 0.3:
                self.line("    %s = null;" % self.var())
        self.line("}")
        self.line("Noisy::$fail = false;")
        if self.r.random() < 0.5:
            self.line("unset($e, $t);")

    def dump(self):
        roll = self.r.random()
        target = self.pick([self.var(), "$list", "$h"])
        if roll < 0.5:
            self.line("var_dump(%s);" % target)
        elif roll < 0.8:
            self.line("print_r(%s); echo \"\\n\";" % target)
        else:
            self.line("debug_zval_dump(%s);" % target)

    def ending(self):
        roll = self.r.random()
        if roll < 0.08:
            self.line("throw new Boom('uncaught at the end');")
        elif roll < 0.12:
            self.line("Noisy::$fail = true;")
            self.line("$last = new Noisy('last');")
        elif roll < 0.16:
            self.line("exit('bye' . \"\\n\");")
        else:
            self.line("echo \"end\\n\";")

    def program(self):
        self.line("$h = new Node('holder');")
        self.line("$ty = new Typed;")
        self.line("$list = [];")
        for var in OBJ_VARS:
            self.line("%s = %s;" % (var, self.pick([self.new_object(), "null"])))
        for _ in range(self.r.randint(8, 24)):
            self.stmt(0)
        self.ending()
        return "<?php" + PRELUDE + "\n".join(self.lines) + "\n"


def generate(seed):
    return ObjectGen(random.Random(seed)).program()
