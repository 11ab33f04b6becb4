--TEST--
Cycle built inside constructors (child gets the parent passed in)
--FILE--
<?php
class P { public $child; function __construct() { $this->child = new C($this); } function __destruct() { echo "~P\n"; } }
class C { function __construct(public $parent) {} function __destruct() { echo "~C\n"; } }
$p = new P;
unset($p);
echo "unset done\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
unset done
~P
~C
2
