--TEST--
an exception thrown in a usort comparator propagates out of usort and is caught
--FILE--
<?php
$data = [3, 1, "x", 2];
$calls = 0;
try {
    usort($data, function ($a, $b) use (&$calls) {
        $calls++;
        foreach ([$a, $b] as $v) {
            if (!is_int($v)) throw new UnexpectedValueException("cannot compare " . var_export($v, true));
        }
        return $a <=> $b;
    });
    echo "sorted\n";
} catch (UnexpectedValueException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
echo $calls > 0 ? "comparator was called\n" : "never called\n";
echo count($data), " elements remain\n";
--EXPECT--
caught: cannot compare 'x'
comparator was called
4 elements remain
