--TEST--
handles are reused last-freed-first
--FILE--
<?php
class H {}
$a = new H; $b = new H; $c = new H;
echo spl_object_id($a), spl_object_id($b), spl_object_id($c), "\n";
unset($a);
unset($c);
unset($b);
$x = new H; $y = new H; $z = new H; $w = new H;
echo spl_object_id($x), " ", spl_object_id($y), " ", spl_object_id($z), " ", spl_object_id($w), "\n";
--EXPECT--
123
2 3 1 4
