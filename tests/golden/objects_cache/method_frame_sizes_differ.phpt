--TEST--
A site whose cached frame size is for one method meets methods with more locals and fewer parameters, extra arguments included
--FILE--
<?php
class Small {
    public function run($a) { return "small $a"; }
}
class Large {
    public function run($a, $b = 2, $c = 3) {
        $x = $a + $b; $y = $x * $c; $z = $y - $a; $w = [$x, $y, $z];
        return "large " . implode(",", $w);
    }
}
class NoParams {
    public function run() { return "none"; }
}
foreach ([new Small, new Large, new NoParams, new Large, new Small] as $i => $o) {
    echo $o->run($i, 5, 7, 9), "\n";
}
--EXPECT--
small 0
large 6,42,41
none
large 8,56,53
small 4
