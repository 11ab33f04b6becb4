--TEST--
A case label folding an expression of magic constants
--FILE--
<?php
$i = 3;
switch ($u) {
    case
        __LINE__ + 1:
        echo "a\n";
    case
        -__LINE__:
        echo "b\n";
    case __FUNCTION__ ?: "main":
        echo "c\n";
}
switch ($i) {
    case __LINE__ - 14:
        echo "three\n";
}
--EXPECTF--
Warning: Undefined variable $u in %s on line 3

Warning: Undefined variable $u in %s on line 3

Warning: Undefined variable $u in %s on line 10
