--TEST--
get_class() without arguments at top level throws an Error; as php's GET_CLASS opcode it adds no frame to the trace.
--FILE--
<?php
echo "before\n";
echo get_class();
echo "after\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught Error: get_class() without arguments must be called from within a class in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
