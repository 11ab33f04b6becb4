--TEST--
A static variable in a method is shared by all instances: it holds the last caller, the previous ones become collectable
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } function mark() { static $last; $last = $this; } }
$a = new N('a'); $a->s = $a; $a->mark();
$b = new N('b'); $b->s = $b; $b->mark();
unset($a, $b);
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
~a
1
end
~b
