--TEST--
strlen() of every scalar type, as php's inline STRLEN opcode computes it
--FILE--
<?php
echo strlen("literal"), " ", strlen(""), " ", \STRLEN("abc"), "\n";
function lengths($v) {
    echo strlen($v), "\n";
}
lengths("text"); lengths(12345); lengths(-1.5); lengths(0.1 + 0.2); lengths(1e100);
lengths(true); lengths(false);
lengths(null);
echo strlen($undefined), "\n";
echo strlen("a" . 12 . "b"), "\n";
--EXPECTF--
7 0 3
4
5
4
3
8
1
0

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 4
0

Warning: Undefined variable $undefined in %s on line 9

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 9
0
4
