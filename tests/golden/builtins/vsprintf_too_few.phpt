--TEST--
vsprintf with too few values is a ValueError
--FILE--
<?php
echo vsprintf("%d %d", [1]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: The arguments array must contain 2 items, 1 given in %s:2
Stack trace:
#0 %s(2): vsprintf('%%d %%d', Array)
#1 {main}
  thrown in %s on line 2
