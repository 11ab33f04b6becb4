--TEST--
catch (Throwable) catches user exceptions and every kind of engine error
--FILE--
<?php
$tests = [
    fn() => throw new Exception("plain"),
    fn() => 1 % 0,
    fn() => strlen(),
    fn() => undefined_fn(),
    fn() => str_repeat("x", -5),
    fn() => (function (int $i) {})("nope"),
];
foreach ($tests as $i => $t) {
    try {
        $t();
    } catch (Throwable $e) {
        echo $i, " ", get_class($e), "\n";
    }
}
--EXPECT--
0 Exception
1 DivisionByZeroError
2 ArgumentCountError
3 Error
4 ValueError
5 TypeError
