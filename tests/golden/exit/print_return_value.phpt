--TEST--
print is an expression that returns 1
--FILE--
<?php
$r = print "hello\n";
var_dump($r);
var_dump(print "");
echo 1 + print "a", "\n";
--EXPECT--
hello
int(1)
int(1)
a2
