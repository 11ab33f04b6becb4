--TEST--
foreach over \$this inside the class sees every property.
--FILE--
<?php
class A {
    public $one = 1;
    protected $two = 2;
    private $three = 3;
    public function dump() {
        foreach ($this as $key => $value) {
            echo "$key => $value\n";
        }
    }
}
(new A)->dump();
--EXPECT--
one => 1
two => 2
three => 3
