--TEST--
get_object_vars inside a class can see private properties of another instance of that class.
--FILE--
<?php
class A {
    private $secret;
    public $open = 'o';
    public function __construct($s) { $this->secret = $s; }
    public static function peek(A $other) { return get_object_vars($other); }
}
print_r(A::peek(new A('s1')));
print_r(get_object_vars(new A('s2')));
--EXPECT--
Array
(
    [secret] => s1
    [open] => o
)
Array
(
    [open] => o
)
