--TEST--
An assignment reports the line of its target, so `$a =` followed by an undefined variable on the next line warns on the first (miniphp reported line 3)
--FILE--
<?php
$a =
    $u;
var_dump($a);
--EXPECTF--
Warning: Undefined variable $u in %s on line 2
NULL
