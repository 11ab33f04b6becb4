--TEST--
print_r of an object prints 'Class Object' with visibility annotations on keys.
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = [1, 2];
    private $priv = null;
    public $child;
}
$a = new A;
$a->child = new stdClass;
$a->child->x = true;
print_r($a);
echo "\n";
--EXPECT--
A Object
(
    [pub] => 1
    [prot:protected] => Array
        (
            [0] => 1
            [1] => 2
        )

    [priv:A:private] => 
    [child] => stdClass Object
        (
            [x] => 1
        )

)
