--TEST--
Function names are case-insensitive
--FILE--
<?php
function MyFunc() { return "called"; }
echo myfunc(), " ", MYFUNC(), " ", MyFunc(), "\n";
--EXPECT--
called called called
