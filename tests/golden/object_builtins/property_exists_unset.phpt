--TEST--
An unset declared property still exists; an unset dynamic one does not.
--FILE--
<?php
class A { public $declared = 1; }
$a = new A;
unset($a->declared);
var_dump(property_exists($a, 'declared'));
$s = new stdClass;
$s->dyn = 1;
unset($s->dyn);
var_dump(property_exists($s, 'dyn'));
--EXPECT--
bool(true)
bool(false)
