--TEST--
a static initialiser must be a constant expression in php 8.2
--FILE--
<?php
function f($x) { static $a = $x; }
--EXITCODE--
255
--EXPECTF--
Fatal error: Constant expression contains invalid operations in %s on line 2
