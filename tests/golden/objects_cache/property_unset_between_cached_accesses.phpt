--TEST--
A cached property site after unset(): reads warn, ++ warns and recreates, a write recreates
--FILE--
<?php
class Counter { public $n = 0; }
$c = new Counter;
for ($i = 0; $i < 6; $i++) {
    if ($i == 2 || $i == 4) {
        unset($c->n);
    }
    echo "read: ", var_export($c->n, true), "\n";
    $c->n++;
    echo "after ++: ", $c->n, "\n";
    if ($i == 4) {
        unset($c->n);
        $c->n = 40;
    }
}
var_dump($c);
--EXPECTF--
read: 0
after ++: 1
read: 1
after ++: 2
read: 
Warning: Undefined property: Counter::$n in %s on line 8
NULL

Warning: Undefined property: Counter::$n in %s on line 9
after ++: 1
read: 1
after ++: 2
read: 
Warning: Undefined property: Counter::$n in %s on line 8
NULL

Warning: Undefined property: Counter::$n in %s on line 9
after ++: 1
read: 40
after ++: 41
object(Counter)#1 (1) {
  ["n"]=>
  int(41)
}
