--TEST--
closures take object handles from the same free list as other objects
--FILE--
<?php
class O {}
$o = new O;
$f = function () {};
echo spl_object_id($o), " ", spl_object_id($f), "\n";
unset($f);
$p = new O;
echo spl_object_id($p), "\n";
unset($p);
$g = fn() => 1;
echo spl_object_id($g), "\n";
--EXPECT--
1 2
2
2
