--TEST--
Comparing self-referencing objects: identity short-circuits ==, but == between two distinct cyclic objects is a fatal "Nesting level too deep" error.
--FILE--
<?php
$a = new stdClass;
$a->self = $a;
$b = new stdClass;
$b->self = $b;
var_dump($a == $a);
var_dump($a === $b);
var_dump($a == $b);
--EXITCODE--
255
--EXPECTF--
bool(true)
bool(false)

Fatal error: Nesting level too deep - recursive dependency? in %s on line 8
