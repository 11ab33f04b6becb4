--TEST--
a return in try still runs finally, and the return value is computed before finally runs
--FILE--
<?php
function f() {
    $x = 1;
    try {
        return $x;
    } finally {
        $x = 2;
        echo "finally sees x=$x\n";
    }
}
var_dump(f());
function g() {
    try {
        echo "try\n";
        return "from try";
    } finally {
        echo "finally\n";
    }
    echo "never\n";
}
var_dump(g());
--EXPECT--
finally sees x=2
int(1)
try
finally
string(8) "from try"
