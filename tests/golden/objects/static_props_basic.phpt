--TEST--
Static properties are shared across instances and accessed via ClassName::$p, self::$p and $obj::$p.
--FILE--
<?php
class Counter {
    public static $count = 0;
    public static $names = [];
    public function __construct($n) {
        self::$count++;
        static::$names[] = $n;
    }
}
new Counter("a");
new Counter("b");
$c = new Counter("c");
echo Counter::$count, "\n";
echo $c::$count, "\n";
print_r(Counter::$names);
Counter::$count = 100;
echo Counter::$count, "\n";
$cls = 'Counter';
echo $cls::$count, "\n";
--EXPECT--
3
3
Array
(
    [0] => a
    [1] => b
    [2] => c
)
100
100
