--TEST--
a destructor triggered by reassignment inside a loop reports the assignment's line
--FILE--
<?php
class D {
    public function __construct(public int $i) {}
    public function __destruct() {
        $t = (new Exception)->getTrace();
        echo "dtor {$this->i} at line ", $t[0]['line'] ?? '?', "\n";
    }
}
function loop() {
    for ($i = 1; $i <= 3; $i++) {
        $d = new D($i);
    }
    echo "loop done\n";
}
loop();
--EXPECT--
dtor 1 at line 11
dtor 2 at line 11
loop done
dtor 3 at line 15
