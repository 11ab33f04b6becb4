--TEST--
A diamond without a cycle is freed by reference counting; gc_collect_cycles() finds nothing
--FILE--
<?php
class N { public $l; public $r; function __construct(public $name) {} function __destruct() { echo "~{$this->name} "; } }
$top = new N('top');
$bottom = new N('bottom');
$top->l = new N('left'); $top->r = new N('right');
$top->l->l = $bottom; $top->r->l = $bottom;
unset($bottom);
$top = null;
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~top ~left ~right ~bottom 
0
