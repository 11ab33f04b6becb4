--TEST--
With duplicate int cases the first one wins, in the table as in the comparisons
--FILE--
<?php
function f($n) {
    switch ($n) {
        case 1: echo "first 1\n"; break;
        case 2: echo "first 2\n"; break;
        case 1: echo "second 1\n"; break;
        case 3: echo "3\n"; break;
        case 2: echo "second 2\n"; break;
    }
}
f(1); f(2); f(3); f(4); f("1");
--EXPECT--
first 1
first 2
3
first 1
