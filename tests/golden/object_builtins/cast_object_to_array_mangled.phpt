--TEST--
(array) of an object keys private properties "\0Class\0name" and protected ones "\0*\0name".
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
}
$arr = (array) new A;
foreach ($arr as $key => $value) {
    echo strlen($key), ' ', str_replace("\0", '\0', $key), ' => ', $value, "\n";
}
var_dump($arr["\0A\0priv"], $arr["\0*\0prot"], isset($arr['priv']));
--EXPECT--
3 pub => 1
7 \0*\0prot => 2
7 \0A\0priv => 3
int(3)
int(2)
bool(false)
