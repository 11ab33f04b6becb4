--TEST--
In a key's destructor its entry is still in the map; it goes when the key is freed
--FILE--
<?php
class K {
    public static $map;
    function __destruct() {
        echo "destructor: ", isset(self::$map[$this]) ? "in map" : "not in map", ", count ", count(self::$map), "\n";
    }
}
K::$map = new WeakMap;
$k = new K;
K::$map[$k] = 'v';
unset($k);
var_dump(count(K::$map));
--EXPECT--
destructor: in map, count 1
int(0)
