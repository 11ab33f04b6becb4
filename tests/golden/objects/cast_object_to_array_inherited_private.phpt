--TEST--
(array) of a child object keeps both the parent's and the child's private properties under different mangled keys.
--FILE--
<?php
class P {
    private $x = 'p';
    protected $y = 'py';
}
class C extends P {
    private $x = 'c';
}
$arr = (array)new C;
echo count($arr), "\n";
foreach ($arr as $k => $v) {
    echo json_encode(str_replace("\0", '|', $k)), " (", strlen($k), ") => $v\n";
}
var_dump($arr["\0P\0x"], $arr["\0C\0x"]);
--EXPECT--
3
"|P|x" (4) => p
"|*|y" (4) => py
"|C|x" (4) => c
string(1) "p"
string(1) "c"
