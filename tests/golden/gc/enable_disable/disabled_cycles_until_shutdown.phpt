--TEST--
Cycles dropped while gc is disabled and never collected: destructors run at shutdown
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
gc_disable();
$a = new N('a'); $a->s = $a; unset($a);
$b = new N('b'); $b->s = $b; unset($b);
echo "end\n";
--EXPECT--
end
~a
~b
