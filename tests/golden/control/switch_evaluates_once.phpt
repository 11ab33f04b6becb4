--TEST--
The switch subject is evaluated once; cases in order
--FILE--
<?php
function subject() { echo "subject "; return 3; }
function c($v) { echo "case$v "; return $v; }
switch (subject()) {
    case c(1): echo "matched 1"; break;
    case c(3): echo "matched 3"; break;
    case c(4): echo "matched 4"; break;
}
echo "\n";
--EXPECT--
subject case1 case3 matched 3
