--TEST--
continue inside a catch block in a loop still runs the finally block first
--FILE--
<?php
$log = [];
foreach ([1, 0, 2, 0, 4] as $n) {
    try {
        $log[] = intdiv(8, $n);
    } catch (DivisionByZeroError $e) {
        $log[] = "div0";
        continue;
    } finally {
        $log[] = "f$n";
    }
    $log[] = "end$n";
}
echo implode(",", $log), "\n";
--EXPECT--
8,f1,end1,div0,f0,4,f2,end2,div0,f0,2,f4,end4
