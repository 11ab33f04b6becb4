--TEST--
Functions in a top-level block are bound at compile time too
--FILE--
<?php
{
  function f() {}
}
{
  function f() {}
}
echo "${x}";
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare f() (previously declared in %s:3) in %s on line 6
