--TEST--
Double-quoted strings may span lines
--FILE--
<?php
$v = "mid";
echo "first
$v
last\n";
--EXPECT--
first
mid
last
