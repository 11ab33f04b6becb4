--TEST--
__LINE__ counts lines through comments and multi-line strings
--FILE--
<?php
echo __LINE__, "\n";
/*
 */
echo "x
y", __LINE__, "\n";
echo __line__, "\n";
--EXPECT--
2
x
y6
7
