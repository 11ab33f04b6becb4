--TEST--
Switches with jump tables nested in the bodies of another
--FILE--
<?php
function f($a, $b) {
    switch ($a) {
        case "x":
            switch ($b) {
                case 1: return "x1";
                case 2: return "x2";
                case 3: return "x3";
                case 4: return "x4";
                default: return "x?";
            }
        case "y":
            switch ($b) {
                case "p": return "yp";
                case "q": return "yq";
            }
            return "y?";
    }
    return "?";
}
echo f("x", 1), f("x", 4), f("x", 9), f("y", "p"), f("y", "q"), f("y", 1), f("z", 1), "\n";
--EXPECT--
x1x4x?ypyqy??
