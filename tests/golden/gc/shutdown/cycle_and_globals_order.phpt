--TEST--
Shutdown order: live globals (backwards) first, then leftover cycles in handle order
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$c1 = new N('c1'); $c2 = new N('c2'); $c1->o = $c2; $c2->o = $c1;
unset($c1, $c2);
$g1 = new N('g1');
$g2 = new N('g2');
echo "end\n";
--EXPECT--
end
~g2
~g1
~c1
~c2
