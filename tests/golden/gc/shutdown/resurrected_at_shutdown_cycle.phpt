--TEST--
Destructor at shutdown storing $this somewhere: no second destructor call
--FILE--
<?php
class N { public $o; public static $keep = []; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; N::$keep[] = $this; } }
$a = new N('a'); $a->o = $a; unset($a);
$b = new N('b');
echo "end\n";
--EXPECT--
end
~b
~a
