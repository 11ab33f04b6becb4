--TEST--
Incrementing or appending to an undefined property warns, then stores the result (the dynamic-property deprecation comes first).
--FILE--
<?php
class A {}
$a = new A;
$a->count++;
var_dump($a->count);
$s = new stdClass;
$s->n .= "x";
var_dump($s->n);
--EXPECTF--
Deprecated: Creation of dynamic property A::$count is deprecated in %s on line 4

Warning: Undefined property: A::$count in %s on line 4
int(1)

Warning: Undefined property: stdClass::$n in %s on line 7
string(1) "x"
