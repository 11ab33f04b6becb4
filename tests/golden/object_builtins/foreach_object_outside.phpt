--TEST--
foreach over an object from outside its class sees the public properties, declared then dynamic.
--FILE--
<?php
#[AllowDynamicProperties]
class A {
    public $one = 1;
    protected $two = 2;
    private $three = 3;
    public $four = 4;
}
$a = new A;
$a->five = 5;
foreach ($a as $key => $value) {
    echo "$key => $value\n";
}
--EXPECT--
one => 1
four => 4
five => 5
