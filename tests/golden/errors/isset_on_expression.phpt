--TEST--
isset() of an expression is a compile error; empty() of one is its negation
--FILE--
<?php
echo "never printed\n";
var_dump(empty(1 - 1), empty("x"));
var_dump(isset(1 + 1));
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use isset() on the result of an expression (you can use "null !== expression" instead) in %s on line 4
