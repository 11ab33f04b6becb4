--TEST--
A throwing destructor in one cycle, a plain cycle in the same run: the plain one is still freed
--FILE--
<?php
class D { public $s; function __destruct() { echo "~D\n"; throw new Exception("d"); } }
class P { public $s; function __construct() { echo "new P\n"; } }
$p = new P; $p->s = $p; unset($p);
$d = new D; $d->s = $d; unset($d);
try { echo gc_collect_cycles(), "\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
print_r(gc_status());
--EXPECT--
new P
~D
caught d
Array
(
    [runs] => 2
    [collected] => 2
    [threshold] => 10001
    [roots] => 1
)
