--TEST--
A cached assignment frees the old value: its destructor runs after the new value is in place
--FILE--
<?php
class D {
    public function __construct(public $id) {}
    public function __destruct() {
        global $o;
        echo "destroy {$this->id}, now holds ", $o->p->id ?? "none", "\n";
    }
}
class O { public $p = null; }
$o = new O;
for ($i = 1; $i <= 4; $i++) {
    $o->p = new D($i);
}
$o->p = null;
echo "end\n";
--EXPECT--
destroy 1, now holds 2
destroy 2, now holds 3
destroy 3, now holds 4
destroy 4, now holds none
end
