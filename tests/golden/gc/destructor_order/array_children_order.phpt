--TEST--
Array elements of the root are visited in insertion order with the push rule
--FILE--
<?php
class D { public $items = []; public $back; function __construct(public $n) {} function __destruct() { echo "~{$this->n} "; } }
$root = new D('root');
foreach (['x', 'y', 'z', 'w'] as $name) { $c = new D($name); $c->back = $root; $root->items[] = $c; }
unset($c);
gc_collect_cycles();
$root = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~root ~x ~w ~z ~y 6
