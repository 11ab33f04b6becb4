--TEST--
Calling a conditionally declared function too early fails
--FILE--
<?php
echo "start\n";
later();
if (true) {
    function later() { echo "later\n"; }
}
--EXITCODE--
255
--EXPECTF--
start

Fatal error: Uncaught Error: Call to undefined function later() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
