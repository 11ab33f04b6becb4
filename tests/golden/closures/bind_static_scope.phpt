--TEST--
binding a closure to a class scope with a null object allows static private access
--FILE--
<?php
class Registry {
    private static $items = ['a', 'b'];
    private static function secret() { return "static secret"; }
}
$f = function () { return count(static::$items) . " items, " . self::secret(); };
$g = Closure::bind($f, null, Registry::class);
echo $g(), "\n";
$h = static function () { return implode(",", self::$items); };
echo Closure::bind($h, null, 'Registry')(), "\n";
--EXPECT--
2 items, static secret
a,b
