--TEST--
an uncaught Error (not an Exception) prints the same way with its class name
--FILE--
<?php
function check(int $n) {
    if ($n < 0) throw new ValueError("negative: $n");
    return $n;
}
echo check(3), "\n";
echo check(-1), "\n";
--EXITCODE--
255
--EXPECTF--
3

Fatal error: Uncaught ValueError: negative: -1 in %s:3
Stack trace:
#0 %s(7): check(-1)
#1 {main}
  thrown in %s on line 3
