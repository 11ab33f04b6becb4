--TEST--
range with an infinite bound
--FILE--
<?php
range(0, -INF);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: Invalid range supplied: start=0 end=inf in %s:2
Stack trace:
#0 %s(2): range(0, -INF)
#1 {main}
  thrown in %s on line 2
