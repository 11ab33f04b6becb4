--TEST--
A variable passed to a function not yet declared warns on the argument list's line (miniphp reported the variable's own line)
--FILE--
<?php
g(1,
  $u);
function g($a, $b) { var_dump($b); }
--EXPECTF--
Warning: Undefined variable $u in %s on line 2
NULL
