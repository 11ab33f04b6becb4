--TEST--
Calling a method on int, string, array and bool names the type in the Error.
--FILE--
<?php
foreach ([1, "str", [1], true, 1.5] as $v) {
    try {
        $v->m();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
Call to a member function m() on int
Call to a member function m() on string
Call to a member function m() on array
Call to a member function m() on bool
Call to a member function m() on float
