--TEST--
with a PHP reference, unset of one name keeps the object; assigning null through the other destroys it
--FILE--
<?php
class R {
    public function __construct() { echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; }
}
$a = new R;
$r = &$a;
unset($a);
echo "a unset\n";
$r = null;
echo "r nulled\n";
--EXPECT--
ctor
a unset
dtor
r nulled
