--TEST--
var_export warns about recursion and exports NULL for the recursive reference.
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
var_export($o);
echo "\n";
--EXPECTF--
Warning: var_export does not handle circular references in %s on line 4
(object) array(
   'self' => NULL,
)
