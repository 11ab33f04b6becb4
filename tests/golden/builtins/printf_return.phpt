--TEST--
printf prints and returns the byte count
--FILE--
<?php
$n = printf("%s=%d\n", "x", 42);
var_dump($n);
var_dump(printf(""));
--EXPECT--
x=42
int(5)
int(0)
