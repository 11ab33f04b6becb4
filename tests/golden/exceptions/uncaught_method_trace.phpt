--TEST--
uncaught from a method shows Class->method and Class::static frames in the trace
--FILE--
<?php
class Calc {
    public function div($a, $b) { return self::check($b) ?: intdiv($a, $b); }
    public static function check($b) {
        if ($b === 0) throw new DivisionByZeroError("custom: divide by zero");
        return 0;
    }
}
$c = new Calc;
echo $c->div(10, 2), "\n";
echo $c->div(1, 0), "\n";
--EXITCODE--
255
--EXPECTF--
5

Fatal error: Uncaught DivisionByZeroError: custom: divide by zero in %s:5
Stack trace:
#0 %s(3): Calc::check(0)
#1 %s(11): Calc->div(1, 0)
#2 {main}
  thrown in %s on line 5
