--TEST--
php caches a default computed at run time, so its warning appears on the first call only
--FILE--
<?php
function f($p = "5 apples" + 1) {
    var_dump($p);
}
f();
f();
--EXPECTF--
Warning: A non-numeric value encountered in %s on line 2
int(6)
int(6)
