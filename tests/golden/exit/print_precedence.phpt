--TEST--
print takes the whole expression to its right
--FILE--
<?php
print "a" . "b" . "\n";
print("c") && print "d\n";
$x = 5 and print "e\n";
--EXPECT--
ab
d
1e
