--TEST--
print_r with true as second argument returns the text instead of printing it.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = [2];
$s = print_r($o, true);
echo "length: ", strlen($s), "\n";
echo str_replace("\n", "|", $s), "\n";
var_dump(print_r(new stdClass, true));
--EXPECT--
length: 92
stdClass Object|(|    [a] => 1|    [b] => Array|        (|            [0] => 2|        )||)|
string(20) "stdClass Object
(
)
"
