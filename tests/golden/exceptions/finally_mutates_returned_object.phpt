--TEST--
finally can change an object returned from try, but not a returned scalar
--FILE--
<?php
function obj() {
    $o = new stdClass;
    $o->v = "before";
    try {
        return $o;
    } finally {
        $o->v = "changed in finally";
    }
}
echo obj()->v, "\n";
function arr() {
    $a = ["before"];
    try {
        return $a;
    } finally {
        $a[0] = "changed in finally";
    }
}
echo arr()[0], "\n";
--EXPECT--
changed in finally
before
