--TEST--
An exception thrown by a destructor in an automatic collection surfaces from the triggering statement
--FILE--
<?php
class N { public $r; function __construct(public $i) {} function __destruct() { if ($this->i == 7) throw new Exception("dtor {$this->i}"); } }
try {
    for ($i = 0; $i < 10010; $i++) {
        $o = new N($i); $o->r = $o; $o = null;
    }
    echo "loop finished\n";
} catch (Exception $e) {
    echo "caught at i=$i: ", $e->getMessage(), "\n";
}
print_r(gc_status());
--EXPECT--
caught at i=10000: dtor 7
Array
(
    [runs] => 2
    [collected] => 10000
    [threshold] => 10001
    [roots] => 1
)
