--TEST--
Cycles through private and protected properties are found
--FILE--
<?php
class N { private $p; protected $q; function __construct(public $name) {} function link($x, $y) { $this->p = $x; $this->q = $y; } function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->link($b, null); $b->link(null, $a);
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
2
