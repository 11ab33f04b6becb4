--TEST--
Cloning a temporary: __clone runs before the temporary is freed.
--FILE--
<?php
class T {
    public function __clone() { echo "__clone #", spl_object_id($this), "\n"; }
    public function __destruct() { echo "destruct #", spl_object_id($this), "\n"; }
}
function make() { return new T; }
$c = clone make();
echo "done\n";
--EXPECT--
__clone #2
destruct #1
done
destruct #2
