--TEST--
Each call gets fresh parameters and locals
--FILE--
<?php
function counter($start = 0) { $n = $start; $n++; return $n; }
echo counter(), counter(), counter(5), "\n";
--EXPECT--
116
