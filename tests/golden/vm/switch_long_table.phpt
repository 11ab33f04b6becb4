--TEST--
A switch on five or more int cases jumps through its table for int subjects; other types still compare loosely
--FILE--
<?php
function pick($x) {
    switch ($x) {
        case 1: return "one";
        case 2: return "two";
        case 3: return "three";
        case 40: return "forty";
        default: return "other";
    }
}
echo pick(1), " ", pick(2), " ", pick(3), " ", pick(40), " ", pick(5), " ", pick(-1), "\n";
// Subjects that are not ints go through the comparisons as before.
echo pick(1.0), " ", pick("2"), " ", pick(" 3"), " ", pick("40abc"), " ", pick(true), " ", pick(null), "\n";
echo pick("1e0"), " ", pick(3.5), " ", pick(false), " ", pick(PHP_INT_MAX), "\n";
--EXPECT--
one two three forty other other
one two three other one other
one other other other
