--TEST--
var_dump of a closure without captures or parameters in PHP 8.2
--FILE--
<?php
$f = function () { return 1; };
var_dump($f);
$g = fn() => 2;
var_dump($g);
--EXPECT--
object(Closure)#1 (0) {
}
object(Closure)#2 (0) {
}
