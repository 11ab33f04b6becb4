--TEST--
Cycles collected before the end do not get destructors again at shutdown
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $a->o = $a; unset($a);
gc_collect_cycles();
$b = new N('b'); $b->o = $b; unset($b);
echo "end\n";
--EXPECT--
~a
end
~b
