--TEST--
an object created inside a destructor cannot take the dying object's handle
--FILE--
<?php
class Other {}
class Maker {
    public function __destruct() {
        $o = new Other;
        echo "dying ", spl_object_id($this), ", new object got ", spl_object_id($o), "\n";
    }
}
$m = new Maker;
$m = null;
$n = new Other;
echo "after: ", spl_object_id($n), "\n";
--EXPECT--
dying 1, new object got 2
after: 1
