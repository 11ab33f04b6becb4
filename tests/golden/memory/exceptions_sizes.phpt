--TEST--
exception objects, caught and freed
--FILE--
<?php
echo "start\n";
// php copies the script's file name into each exception, so the size depends on the
// path the test runs at: compare two exceptions instead of printing the size.
$m = memory_get_usage(); try { throw new Exception("x"); } catch (Exception $e) {} $first = memory_get_usage() - $m;
$m = memory_get_usage(); $e2 = new RuntimeException("abc", 3); $second = memory_get_usage() - $m;
echo "same size: ", $first === $second ? "yes" : "no", "\n";
$m = memory_get_usage(); unset($e, $e2); echo "freed: ", memory_get_usage() - $m + $first + $second, "\n";
--EXPECT--
start
same size: yes
freed: 0
