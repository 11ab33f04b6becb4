--TEST--
var_dump shows initialized and uninitialized readonly properties.
--FILE--
<?php
class A {
    public readonly int $a;
    public readonly ?string $b;
    protected readonly array $c;
    public function __construct() { $this->a = 1; $this->c = [2]; }
}
var_dump(new A);
print_r(new A);
echo "\n";
--EXPECT--
object(A)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  uninitialized(?string)
  ["c":protected]=>
  array(1) {
    [0]=>
    int(2)
  }
}
A Object
(
    [a] => 1
    [c:protected] => Array
        (
            [0] => 2
        )

)
