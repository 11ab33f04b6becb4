--TEST--
Closure::call binds $this and scope temporarily and calls the closure at once
--FILE--
<?php
class Temp {
    private $celsius;
    public function __construct($c) { $this->celsius = $c; }
}
$toF = function ($digits) { return round($this->celsius * 9 / 5 + 32, $digits); };
echo $toF->call(new Temp(100), 0), "\n";
echo $toF->call(new Temp(36.6), 1), "\n";
$set = function ($v) { $this->celsius = $v; return $this; };
$t = new Temp(0);
$same = $set->call($t, 25);
var_dump($same === $t);
echo $toF->call($t, 0), "\n";
--EXPECT--
212
97.9
bool(true)
77
