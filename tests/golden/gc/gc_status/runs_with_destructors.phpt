--TEST--
Each collection that finds destructors counts two runs
--FILE--
<?php
class D { public $r; function __destruct() { echo "~D\n"; } }
class P { public $r; }
$a = new P; $a->r = $a; unset($a); gc_collect_cycles(); echo gc_status()['runs'], "\n";
$a = new D; $a->r = $a; unset($a); gc_collect_cycles(); echo gc_status()['runs'], "\n";
$a = new P; $b = $a; $b = null; gc_collect_cycles(); echo gc_status()['runs'], "\n";
gc_collect_cycles(); echo gc_status()['runs'], "\n";
--EXPECT--
1
~D
3
4
4
