--TEST--
constructor parameters are typed like any other
--FILE--
<?php
class Money {
    public $amount;
    function __construct(int $amount, string $currency = "EUR") { $this->amount = $amount; echo "$amount $currency\n"; }
}
new Money("10");
new Money(5, 7);
new Money("ten");
--EXITCODE--
255
--EXPECTF--
10 EUR
5 7

Fatal error: Uncaught TypeError: Money::__construct(): Argument #1 ($amount) must be of type int, string given, called in %s on line 8 and defined in %s:4
Stack trace:
#0 %s(8): Money->__construct('ten')
#1 {main}
  thrown in %s on line 4
