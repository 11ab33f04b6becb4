--TEST--
var_dump shows uninitialized typed properties as uninitialized(type) without counting them.
--FILE--
<?php
class A {
    public int $i;
    protected ?string $s;
    private array $a;
    public int|string $u;
    public $plain;
    public ?A $self;
}
var_dump(new A);
--EXPECT--
object(A)#1 (1) {
  ["i"]=>
  uninitialized(int)
  ["s":protected]=>
  uninitialized(?string)
  ["a":"A":private]=>
  uninitialized(array)
  ["u"]=>
  uninitialized(string|int)
  ["plain"]=>
  NULL
  ["self"]=>
  uninitialized(?A)
}
