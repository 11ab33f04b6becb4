--TEST--
catching inside a loop body collects one error per failing item and keeps going
--FILE--
<?php
$inputs = ["10", "x", "0", "5"];
$errors = [];
$results = [];
foreach ($inputs as $i => $in) {
    try {
        if (!is_numeric($in)) throw new InvalidArgumentException("item $i not numeric", $i);
        $results[] = intdiv(100, (int)$in);
    } catch (InvalidArgumentException | DivisionByZeroError $e) {
        $errors[] = get_class($e) . "#" . $e->getCode() . ": " . $e->getMessage();
    }
}
print_r($results);
print_r($errors);
--EXPECT--
Array
(
    [0] => 10
    [1] => 20
)
Array
(
    [0] => InvalidArgumentException#1: item 1 not numeric
    [1] => DivisionByZeroError#0: Division by zero
)
