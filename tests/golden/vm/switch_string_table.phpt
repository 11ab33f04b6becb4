--TEST--
A switch on non-numeric string cases jumps through its table for string subjects
--FILE--
<?php
function kind($x) {
    switch ($x) {
        case "apple": return "fruit";
        case "carrot": return "vegetable";
        case "": return "empty";
        case "Apple": return "capital fruit";
        default: return "unknown";
    }
}
echo kind("apple"), ", ", kind("carrot"), ", ", kind(""), ", ", kind("Apple"), ", ", kind("pear"), "\n";
$a = "app";
$a .= "le";
echo kind($a), ", ", kind("apple "), ", ", kind(" apple"), "\n";
// Not strings: the loose comparisons decide.
echo kind(null), ", ", kind(false), ", ", kind(0), ", ", kind(1.5), ", ", kind(true), "\n";
--EXPECT--
fruit, vegetable, empty, capital fruit, unknown
fruit, unknown, unknown
empty, empty, unknown, unknown, fruit
