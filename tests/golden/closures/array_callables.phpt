--TEST--
array callables [$obj, 'method'] and ['Class', 'method'] are called with $this or statically
--FILE--
<?php
class Shop {
    public function __construct(private string $name) {}
    public function label($item) { return "{$this->name}: $item"; }
    public static function code($item) { return strtoupper(substr($item, 0, 3)); }
}
$shop = new Shop("Corner");
$cb = [$shop, 'label'];
echo $cb("milk"), "\n";
print_r(array_map([$shop, 'label'], ["tea", "jam"]));
print_r(array_map(['Shop', 'code'], ["bread", "eggs"]));
$st = ['Shop', 'code'];
echo $st("apple"), "\n";
echo call_user_func([$shop, 'label'], "salt"), "\n";
--EXPECT--
Corner: milk
Array
(
    [0] => Corner: tea
    [1] => Corner: jam
)
Array
(
    [0] => BRE
    [1] => EGG
)
APP
Corner: salt
