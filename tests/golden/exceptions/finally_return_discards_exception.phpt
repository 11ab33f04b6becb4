--TEST--
a return inside finally discards the exception that was propagating
--FILE--
<?php
function f() {
    try {
        throw new Exception("lost");
    } finally {
        return "finally wins";
    }
}
var_dump(f());
function g() {
    try {
        try {
            throw new Exception("also lost");
        } finally {
            echo "inner finally\n";
        }
    } finally {
        return 42;
    }
}
var_dump(g());
echo "no exception escaped\n";
--EXPECT--
string(12) "finally wins"
inner finally
int(42)
no exception escaped
