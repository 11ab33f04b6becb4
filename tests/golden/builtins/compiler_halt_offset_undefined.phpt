--TEST--
__COMPILER_HALT_OFFSET__ without __halt_compiler() is undefined; its name is case-sensitive
--FILE--
<?php
echo __COMPILER_HALT_OFFSET__;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Undefined constant "__COMPILER_HALT_OFFSET__" in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
