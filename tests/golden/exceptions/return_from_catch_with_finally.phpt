--TEST--
a return inside catch runs finally before the value reaches the caller
--FILE--
<?php
function parse($s) {
    try {
        if (!is_numeric($s)) throw new InvalidArgumentException("not numeric: $s");
        return (int)$s;
    } catch (InvalidArgumentException $e) {
        echo "catch\n";
        return -1;
    } finally {
        echo "finally for '$s'\n";
    }
}
var_dump(parse("12"));
var_dump(parse("zz"));
--EXPECT--
finally for '12'
int(12)
catch
finally for 'zz'
int(-1)
