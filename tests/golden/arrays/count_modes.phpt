--TEST--
count and sizeof, normal and recursive (the recursion warning: self_reference_cycle)
--FILE--
<?php
$a = [1, [2, 3], [4, [5]], "k" => []];
var_dump(count($a), count($a, COUNT_RECURSIVE), sizeof([]), count([[]], 1), is_array($a), is_array("a"));
--EXPECT--
int(4)
int(9)
int(0)
int(1)
bool(true)
bool(false)
