--TEST--
an arrow function inside a method captures $this automatically
--FILE--
<?php
class Tax {
    public function __construct(private float $rate) {}
    public function applyAll(array $prices) {
        return array_map(fn($p) => round($p * (1 + $this->rate), 2), $prices);
    }
}
print_r((new Tax(0.2))->applyAll([10, 2.5]));
--EXPECT--
Array
(
    [0] => 12
    [1] => 3
)
