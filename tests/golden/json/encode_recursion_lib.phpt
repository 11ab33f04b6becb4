--TEST--
an array holding a reference to itself is JSON_ERROR_RECURSION
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump(json_encode($a), json_last_error(), json_last_error_msg());
var_dump(json_encode($a, JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error_msg());
$b = ["x" => 1];
$b["self"] = &$b;
echo json_encode($b, JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRETTY_PRINT), "\n";
$c = ["inner" => [1]];
$c["inner"][] = &$c;
var_dump(json_encode($c, JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
unset($a[1], $b["self"], $c["inner"][1]);
var_dump(json_encode([$a, $b, $c]));
--EXPECT--
bool(false)
int(6)
string(18) "Recursion detected"
string(8) "[1,null]"
string(18) "Recursion detected"
{
    "x": 1,
    "self": null
}
string(18) "{"inner":[1,null]}"
int(6)
string(27) "[[1],{"x":1},{"inner":[1]}]"
