--TEST--
reassigning in a loop builds the new object before destroying the previous one on every iteration
--FILE--
<?php
class Step {
    public function __construct(public int $i) { echo "build {$this->i}\n"; }
    public function __destruct() { echo "drop {$this->i}\n"; }
}
for ($i = 1; $i <= 3; $i++) {
    $s = new Step($i);
    echo "iteration $i\n";
}
echo "loop done\n";
--EXPECT--
build 1
iteration 1
build 2
drop 1
iteration 2
build 3
drop 2
iteration 3
loop done
drop 3
