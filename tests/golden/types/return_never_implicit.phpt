--TEST--
never: falling off the end is a TypeError
--FILE--
<?php
function stop(): never { echo "stopping\n"; }
stop();
--EXITCODE--
255
--EXPECTF--
stopping

Fatal error: Uncaught TypeError: stop(): never-returning function must not implicitly return in %s:2
Stack trace:
#0 %s(3): stop()
#1 {main}
  thrown in %s on line 2
