--TEST--
A lowercase __compiler_halt_offset__ is another, undefined constant
--FILE--
<?php
echo __compiler_halt_offset__;
__halt_compiler();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Undefined constant "__compiler_halt_offset__" in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
