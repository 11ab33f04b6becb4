--TEST--
a callback that catches its own exception lets the builtin continue
--FILE--
<?php
$r = array_map(function ($s) {
    try {
        if ($s === "") throw new LengthException("empty");
        return strtoupper($s);
    } catch (LengthException $e) {
        return "<" . $e->getMessage() . ">";
    } finally {
        echo "processed '$s'\n";
    }
}, ["a", "", "c"]);
print_r($r);
--EXPECT--
processed 'a'
processed ''
processed 'c'
Array
(
    [0] => A
    [1] => <empty>
    [2] => C
)
