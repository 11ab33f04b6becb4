--TEST--
The old value's destructor drops the last reference to the object assigned to: php frees it then, before the old value's own memory (the handles show the order)
--FILE--
<?php
class Dropper {
    public function __construct(public $n) {}
    public function __destruct() {
        global $o;
        echo "dropper {$this->n} runs\n";
        $o = null;
    }
}
class O {
    public $p;
    public function __construct(public $n) {}
    public function __destruct() { echo "O {$this->n} freed\n"; }
}
for ($i = 0; $i < 4; $i++) {
    $o = new O($i);
    $o->p = new Dropper($i);
    $o->p = 1;
    var_dump($o);
    $x = new O("next$i");
    var_dump($x);
    $x = null;
}
echo "end\n";
--EXPECT--
dropper 0 runs
O 0 freed
NULL
object(O)#2 (2) {
  ["p"]=>
  NULL
  ["n"]=>
  string(5) "next0"
}
O next0 freed
dropper 1 runs
O 1 freed
NULL
object(O)#1 (2) {
  ["p"]=>
  NULL
  ["n"]=>
  string(5) "next1"
}
O next1 freed
dropper 2 runs
O 2 freed
NULL
object(O)#2 (2) {
  ["p"]=>
  NULL
  ["n"]=>
  string(5) "next2"
}
O next2 freed
dropper 3 runs
O 3 freed
NULL
object(O)#1 (2) {
  ["p"]=>
  NULL
  ["n"]=>
  string(5) "next3"
}
O next3 freed
end
