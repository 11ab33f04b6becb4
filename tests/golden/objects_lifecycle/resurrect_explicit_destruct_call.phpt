--TEST--
calling __destruct() explicitly does not count; the engine still calls it when the object dies
--FILE--
<?php
class D {
    public function __destruct() { echo "__destruct called\n"; }
}
$d = new D;
$d->__destruct();
echo "manual call done\n";
unset($d);
echo "end\n";
--EXPECT--
__destruct called
manual call done
__destruct called
end
