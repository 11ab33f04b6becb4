--TEST--
Two separate cycles collected: which freed handle the next new takes
--FILE--
<?php
class N { public $o; }
$a = new N; $b = new N; $a->o = $b; $b->o = $a;
$c = new N; $d = new N; $c->o = $d; $d->o = $c;
unset($c, $d, $a, $b);
echo gc_collect_cycles(), "\n";
for ($i = 0; $i < 4; $i++) { $new[] = new N; }
foreach ($new as $n) { echo spl_object_id($n), " "; }
echo "\n";
--EXPECT--
4
1 2 3 4
