--TEST--
The destructor of an overwritten property value throws at a cached assignment site
--FILE--
<?php
class Bomb {
    public function __construct(public $id) {}
    public function __destruct() { throw new Exception("bomb {$this->id}"); }
}
class O { public $p = null; }
$o = new O;
for ($i = 1; $i <= 3; $i++) {
    try {
        $o->p = new Bomb($i);
        echo "assigned $i\n";
    } catch (Exception $e) {
        echo "caught ", $e->getMessage(), " at line ", $e->getLine(), "\n";
    }
}
try {
    $o->p = 0;
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
var_dump($o->p);
--EXPECT--
assigned 1
caught bomb 1 at line 4
caught bomb 2 at line 4
caught bomb 3
int(0)
