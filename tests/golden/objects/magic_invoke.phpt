--TEST--
__invoke makes an object callable; is_callable and call_user_func accept it.
--FILE--
<?php
class Multiplier {
    public function __construct(private $factor) {}
    public function __invoke($x) { return $x * $this->factor; }
}
$double = new Multiplier(2);
echo $double(21), "\n";
var_dump(is_callable($double));
echo call_user_func($double, 5), "\n";
print_r(array_map($double, [1, 2, 3]));
var_dump(is_callable(new stdClass));
--EXPECT--
42
bool(true)
10
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)
bool(false)
