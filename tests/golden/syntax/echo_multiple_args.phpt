--TEST--
echo takes a comma-separated list
--FILE--
<?php
echo "a", 1, 2.5, true, null, false, "\n";
echo("parenthesised"), "\n";
--EXPECT--
a12.51
parenthesised
