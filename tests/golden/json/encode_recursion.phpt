--TEST--
an array holding a reference to itself: Recursion detected
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump(json_encode($a), json_last_error(), json_last_error_msg());
var_dump(json_encode($a, JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
--EXPECT--
bool(false)
int(6)
string(18) "Recursion detected"
string(8) "[1,null]"
int(6)
