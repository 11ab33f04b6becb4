--TEST--
Constructor and method call buffer two roots per iteration: the automatic run comes in iteration 5001 (the 10001st root)
--FILE--
<?php
class Conn { public $ch; function __construct() {} function __destruct() {} }
class Chan { function __construct(public $conn) {} }
$last = 0;
for ($i = 1; $i <= 10002; $i++) {
    $c = new Conn;
    $c->ch = new Chan($c);
    $s = gc_status();
    if ($i % 5000 == 0 || $i % 5000 == 1 || $s['runs'] != $last) {
        echo "i=$i runs={$s['runs']} collected={$s['collected']} roots={$s['roots']}\n";
        $last = $s['runs'];
    }
}
--EXPECT--
i=1 runs=0 collected=0 roots=2
i=5000 runs=0 collected=0 roots=10000
i=5001 runs=2 collected=9998 roots=3
i=10000 runs=4 collected=19998 roots=1
i=10001 runs=4 collected=19998 roots=4
