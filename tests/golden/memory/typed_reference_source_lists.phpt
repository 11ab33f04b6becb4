--TEST--
memory_get_usage() deltas of references held by several typed properties: php's source lists (48 bytes for 4, then doubling)
--FILE--
<?php
class A { public int $a = 1; public int $b = 2; public int $c = 3; public int $d = 4; public int $e = 5; public int $f = 6; }
$o = new A;
$m0 = memory_get_usage();
$r = &$o->a;
$m1 = memory_get_usage();
$o->b = &$r;
$m2 = memory_get_usage();
$o->c = &$r; $o->d = &$r; $o->e = &$r;
$m3 = memory_get_usage();
$o->f = &$r;
$m4 = memory_get_usage();
unset($o->f, $o->e);
$m5 = memory_get_usage();
unset($o->d, $o->c, $o->b);
$m6 = memory_get_usage();
echo $m1 - $m0, " ", $m2 - $m1, " ", $m3 - $m2, " ", $m4 - $m3, " ", $m5 - $m4, " ", $m6 - $m5, "\n";
$o2 = clone $o;
echo memory_get_usage() - $m6, "\n";
--EXPECT--
32 48 32 0 0 0
192
