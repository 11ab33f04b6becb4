--TEST--
a method's TypeError names Class::method
--FILE--
<?php
class Calc { function half(int $n) { return intdiv($n, 2); } }
$c = new Calc;
echo $c->half("8"), "\n";
echo $c->half("eight"), "\n";
--EXITCODE--
255
--EXPECTF--
4

Fatal error: Uncaught TypeError: Calc::half(): Argument #1 ($n) must be of type int, string given, called in %s on line 5 and defined in %s:2
Stack trace:
#0 %s(5): Calc->half('eight')
#1 {main}
  thrown in %s on line 2
