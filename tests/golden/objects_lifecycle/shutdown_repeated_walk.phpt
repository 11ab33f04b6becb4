--TEST--
the reverse walk repeats while it frees globals, catching objects released by earlier destructors before the handle-order phase
--FILE--
<?php
class G {
    public $ref;
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$arr = [new G("in-array")];
$holder = new G("holder");
$held = new G("held");
$holder->ref = $held;
$last = new G("last");
echo "script end\n";
--EXPECT--
script end
dtor last
dtor holder
dtor held
dtor in-array
