--TEST--
func_get_args and func_num_args inside methods see all passed arguments, including extra ones.
--FILE--
<?php
class A {
    public function m($a, $b = 'default') {
        return func_num_args() . ': ' . json_encode(func_get_args());
    }
    public static function s() {
        return func_num_args() . ': ' . json_encode(func_get_args());
    }
}
$a = new A;
echo $a->m(1), "\n";
echo $a->m(1, 2), "\n";
echo $a->m(1, 2, 3, 4), "\n";
echo A::s(), "\n";
echo A::s('x', ['y']), "\n";
--EXPECT--
1: [1]
2: [1,2]
4: [1,2,3,4]
0: []
2: ["x",["y"]]
