--TEST--
Top-level functions are hoisted
--FILE--
<?php
echo early(2), "\n";
function early($x) { return $x * 10; }
--EXPECT--
20
