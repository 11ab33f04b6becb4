--TEST--
[&$o->m()]: a method's result cannot be referenced (compile error)
--FILE--
<?php
class A { public function &ref() { static $v; return $v; } }
$a = new A;
$q = [&$a->ref()];
--EXITCODE--
255
--EXPECTF--
Fatal error: Can't use method return value in write context in %s on line 4
