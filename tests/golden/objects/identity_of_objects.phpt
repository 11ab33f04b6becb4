--TEST--
=== compares objects by instance, through references and inside arrays
--FILE--
<?php
class N {}
$o = new N; $f = function() use (&$o) {}; var_dump($o === $o, $o == $o);
$p = new N; $r = &$p; var_dump($p === $p, $p === $r);
$i = 5; $ri = &$i; var_dump($i === $i);

$x = new N; $y = new N;
var_dump($x === $y, $x == $y, [$x] === [$x], [$x] === [$y], $x !== $x);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
