--TEST--
a temporary object created inside a destructor at shutdown dies inside that destructor
--FILE--
<?php
class Tmp {
    public function __construct() { echo "tmp ctor\n"; }
    public function __destruct() { echo "tmp dtor\n"; }
}
class G {
    public function __destruct() { echo "G dtor start\n"; new Tmp; echo "G dtor end\n"; }
}
$g = new G;
echo "script end\n";
--EXPECT--
script end
G dtor start
tmp ctor
tmp dtor
G dtor end
