--TEST--
A method can access private properties of another instance of the same class.
--FILE--
<?php
class Money {
    private $amount;
    public function __construct($a) { $this->amount = $a; }
    public function add(Money $o) { return new Money($this->amount + $o->amount); }
    public function equals(Money $o) { return $this->amount === $o->amount; }
    public function get() { return $this->amount; }
}
$m = (new Money(3))->add(new Money(4));
echo $m->get(), "\n";
var_dump($m->equals(new Money(7)));
var_dump($m->equals(new Money(8)));
--EXPECT--
7
bool(true)
bool(false)
