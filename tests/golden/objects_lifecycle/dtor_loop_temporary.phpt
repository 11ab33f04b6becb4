--TEST--
a 'new' statement inside a loop body dies on each iteration
--FILE--
<?php
class Tick {
    public function __construct(public int $i) { echo "tick {$this->i}\n"; }
    public function __destruct() { echo "tock {$this->i}\n"; }
}
$i = 0;
while ($i < 3) {
    new Tick(++$i);
}
echo "done\n";
--EXPECT--
tick 1
tock 1
tick 2
tock 2
tick 3
tock 3
done
