--TEST--
a return inside finally overrides the try's return value
--FILE--
<?php
function f() {
    try {
        return "try";
    } finally {
        return "finally";
    }
}
var_dump(f());
function g() {
    foreach ([1, 2] as $i) {
        try {
            return "try $i";
        } finally {
            if ($i == 1) return "finally $i";
        }
    }
}
var_dump(g());
--EXPECT--
string(7) "finally"
string(9) "finally 1"
