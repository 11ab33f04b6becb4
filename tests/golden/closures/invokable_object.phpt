--TEST--
an object with __invoke can be called like a function and used as a callback
--FILE--
<?php
class Multiplier {
    public function __construct(private int $by) {}
    public function __invoke($x) { return $x * $this->by; }
}
$triple = new Multiplier(3);
echo $triple(5), "\n";
print_r(array_map($triple, [1, 2, 3]));
var_dump(is_callable($triple));
var_dump($triple instanceof Closure);
echo call_user_func($triple, 7), "\n";
$c = Closure::fromCallable($triple);
echo get_class($c), " ", $c(10), "\n";
--EXPECT--
15
Array
(
    [0] => 3
    [1] => 6
    [2] => 9
)
bool(true)
bool(false)
21
Closure 30
