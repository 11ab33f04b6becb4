--TEST--
implode with null as the separator is deprecated
--FILE--
<?php
var_dump(implode(null, ['a', 'b']));
--EXPECTF--
Deprecated: implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated in %s on line 2
string(2) "ab"
