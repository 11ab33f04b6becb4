--TEST--
Non-interned strings inside garbage objects are part of the returned count
--FILE--
<?php
class Plain { public $r; public $s; }
$a = new Plain; $a->r = $a;
echo gc_collect_cycles(), "\n";
unset($a);
echo gc_collect_cycles(), "\n";
$a = new Plain; $a->r = $a; $a->s = str_repeat('s', 3);
unset($a);
echo gc_collect_cycles(), "\n";
$a = new Plain; $a->r = $a; $a->s = 'interned';
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
0
1
2
1
