--TEST--
Numeric string cases, or mixed int and string cases, keep the loose comparisons (no jump table)
--FILE--
<?php
function f($x) {
    switch ($x) {
        case "1": return "one";
        case "abc": return "abc";
        case "2.0": return "two";
        default: return "none";
    }
}
echo f("1"), " ", f(1), " ", f("01"), " ", f("1e0"), " ", f(2), " ", f("2"), " ", f("abc"), "\n";
function g($x) {
    switch ($x) {
        case 1: return "int one";
        case "b": return "b";
        case 2: return "int two";
        case 3: return "three";
        case 4: return "four";
    }
    return "none";
}
echo g("1"), " ", g(1), " ", g("b"), " ", g(2.0), " ", g("4"), "\n";
--EXPECT--
one one one one two two abc
int one int one b int two four
