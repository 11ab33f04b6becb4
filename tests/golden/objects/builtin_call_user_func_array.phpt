--TEST--
call_user_func_array spreads positional and named array entries into a method call.
--FILE--
<?php
class Calc {
    public function add($a, $b, $c = 0) { return "$a+$b+$c=" . ($a + $b + $c); }
    public static function mul(...$xs) { return array_product($xs); }
}
$c = new Calc;
echo call_user_func_array([$c, 'add'], [1, 2]), "\n";
echo call_user_func_array([$c, 'add'], [1, 2, 3]), "\n";
echo call_user_func_array([$c, 'add'], ['b' => 5, 'a' => 1]), "\n";
echo call_user_func_array('Calc::mul', [2, 3, 4]), "\n";
echo call_user_func_array(['Calc', 'mul'], []), "\n";
--EXPECT--
1+2+0=3
1+2+3=6
1+5+0=6
24
1
