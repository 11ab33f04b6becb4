--TEST--
a class repeated in a union (any case) is a compile-time error
--FILE--
<?php
function f(Foo|Bar|foo $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Duplicate type foo is redundant in %s on line 2
