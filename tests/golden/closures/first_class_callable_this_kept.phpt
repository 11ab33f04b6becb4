--TEST--
a first-class callable of a method keeps its object alive and bound
--FILE--
<?php
class Acc {
    private $sum = 0;
    public function add($n) { $this->sum += $n; return $this->sum; }
    public function __destruct() { echo "Acc destroyed\n"; }
}
$add = (new Acc)->add(...);
echo $add(3), "\n";
echo $add(4), "\n";
echo "dropping closure\n";
unset($add);
echo "end\n";
--EXPECT--
3
7
dropping closure
Acc destroyed
end
