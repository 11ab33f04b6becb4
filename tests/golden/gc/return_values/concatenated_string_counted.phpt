--TEST--
Strings built by concatenation and interpolation inside garbage are counted; literals are not
--FILE--
<?php
class P { public $a, $b, $c, $r; }
$x = 'abc';
$p = new P; $p->r = $p;
$p->a = $x . 'def';
$p->b = "v=$x";
$p->c = 'literal';
unset($p);
echo gc_collect_cycles(), "\n";
--EXPECT--
3
