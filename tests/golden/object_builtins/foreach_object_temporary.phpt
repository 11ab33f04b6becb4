--TEST--
foreach over a temporary object keeps it alive until the loop ends.
--FILE--
<?php
class T {
    public $a = 1;
    public $b = 2;
    public function __destruct() { echo "destruct\n"; }
}
foreach (new T as $k => $v) {
    echo "$k=$v\n";
}
echo "after loop\n";
--EXPECT--
a=1
b=2
destruct
after loop
