--TEST--
switch compares with ==, PHP 8 rules
--FILE--
<?php
function s($v) {
    switch ($v) {
        case "a": return "string a";
        case 0: return "zero";
        case "1e1": return "ten";
        case null: return "null";
        default: return "none";
    }
}
echo s(0), ", ", s("0"), ", ", s(10), ", ", s(""), ", ", s(false), ", ", s("A"), ", ", s(0.0), "\n";
--EXPECT--
zero, zero, ten, null, zero, none, zero
