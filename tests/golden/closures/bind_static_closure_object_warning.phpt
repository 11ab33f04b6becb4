--TEST--
binding an object to a static closure fails with a warning and returns null
--FILE--
<?php
$f = static function () { return 1; };
$r = $f->bindTo(new stdClass);
var_dump($r);
$r = Closure::bind($f, new stdClass);
var_dump($r);
--EXPECTF--
Warning: Cannot bind an instance to a static closure in %s on line 3
NULL

Warning: Cannot bind an instance to a static closure in %s on line 5
NULL
