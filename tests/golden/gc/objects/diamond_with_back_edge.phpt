--TEST--
A diamond whose bottom points back to the top forms cycles through both sides
--FILE--
<?php
class N { public $l; public $r; function __construct(public $name) {} function __destruct() { echo "~{$this->name} "; } }
$top = new N('top');
$bottom = new N('bottom');
$top->l = new N('left'); $top->r = new N('right');
$top->l->l = $bottom; $top->r->l = $bottom;
$bottom->l = $top;
unset($bottom);
$top = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~top ~bottom ~left ~right 4
