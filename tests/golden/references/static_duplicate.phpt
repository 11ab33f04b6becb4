--TEST--
declaring the same static variable twice is a compile error
--FILE--
<?php
function f() { static $a = 1; static $a = 2; }
--EXPECT--
