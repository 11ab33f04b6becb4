--TEST--
new with a class name in a variable, an object, an expression; php errors for a missing class
--FILE--
<?php
class A { function __construct($x = 0) { echo "A $x\n"; } }
$n = "A"; $a = new $n(5); $b = new $a; $c = new ("A")(7);
try { new $nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = "Missing"; try { new $s; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($b);
--EXPECTF--
A 5
A 0
A 7

Warning: Undefined variable $nope in %s on line 4
Class name must be a valid object or a string
Class "Missing" not found
object(A)#2 (0) {
}
