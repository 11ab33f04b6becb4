--TEST--
an object assigned to a local in a constructor dies at the end of the constructor
--FILE--
<?php
class Tmp {
    public function __destruct() { echo "tmp gone\n"; }
}
class Owner {
    public function __construct() {
        $t = new Tmp;
        echo "constructing owner\n";
    }
    public function __destruct() { echo "owner gone\n"; }
}
$o = new Owner;
echo "owner ready\n";
$o = null;
echo "end\n";
--EXPECT--
constructing owner
tmp gone
owner ready
owner gone
end
