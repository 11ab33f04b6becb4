--TEST--
Argument numbers in sprintf
--FILE--
<?php
echo sprintf('%2$s %1$s %2$s', "world", "hello"), "\n";
echo sprintf('%1$05d|%1$-5d|%1$x', 42), "\n";
--EXPECT--
hello world hello
00042|42   |2a
