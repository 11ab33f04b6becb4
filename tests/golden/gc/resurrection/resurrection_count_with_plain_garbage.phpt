--TEST--
Resurrection in one cycle while another unrelated plain cycle is freed in the same run
--FILE--
<?php
class D { public $s; function __destruct() { global $back; echo "~D\n"; $back = $this; } }
class P { public $s; }
$p = new P; $p->s = $p; unset($p);
$d = new D; $d->s = $d; unset($d);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
~D
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
