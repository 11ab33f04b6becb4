--TEST--
A value decremented many times stays in one root slot
--FILE--
<?php
class N { public $s; }
$a = new N; $a->s = $a;
for ($i = 0; $i < 5; $i++) { $b = $a; unset($b); }
echo gc_status()['roots'], "\n";
unset($a);
echo gc_status()['roots'], "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
1
1
1
